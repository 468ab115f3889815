package pact.enforcement.domain;

/** The organisation an issuing officer belongs to. */
public enum IssuingOrganisation {
    MET_POLICE,
    WESTMINSTER_COUNCIL
}
