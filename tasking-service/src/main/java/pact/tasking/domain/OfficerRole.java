package pact.tasking.domain;

/** An officer's job, which must fit the organisation. */
public enum OfficerRole {
    POLICE_CONSTABLE(Organisation.MET_POLICE),
    POLICE_SERGEANT(Organisation.MET_POLICE),
    PCSO(Organisation.MET_POLICE),
    CITY_INSPECTOR(Organisation.WESTMINSTER_COUNCIL),
    HOUSING_ASB_OFFICER(Organisation.WESTMINSTER_COUNCIL),
    NOISE_OFFICER(Organisation.WESTMINSTER_COUNCIL),
    NEIGHBOURHOOD_COORDINATOR(Organisation.WESTMINSTER_COUNCIL);

    private final Organisation organisation;

    OfficerRole(Organisation organisation) {
        this.organisation = organisation;
    }

    public Organisation organisation() {
        return organisation;
    }
}
