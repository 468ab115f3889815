package pact.enforcement.domain;

/**
 * Who may authorise a closure notice (s.76(1)) and extend it beyond 24 hours (s.77(1)): police
 * ranks, lowest first, and the local authority's officers. Which of them hold each power is
 * effective-dated configuration ({@link LegalParameters#CLOSURE_ISSUING_AUTHORITIES},
 * {@link LegalParameters#CLOSURE_EXTENDING_AUTHORITIES}).
 */
public enum Authority {
    POLICE_CONSTABLE,
    POLICE_SERGEANT,
    POLICE_INSPECTOR,
    POLICE_CHIEF_INSPECTOR,
    POLICE_SUPERINTENDENT,
    POLICE_CHIEF_SUPERINTENDENT,
    POLICE_COMMANDER_OR_ABOVE,
    COUNCIL_AUTHORISED_OFFICER,
    COUNCIL_CHIEF_EXECUTIVE,
    COUNCIL_CHIEF_EXECUTIVE_DESIGNATE
}
