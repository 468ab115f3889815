package pact.support.security;

/** The realm roles of the shared `pact` login, as DOMAIN.md names them. */
public final class Roles {
    public static final String COUNCIL_OFFICER = "council-officer";
    public static final String CITY_INSPECTOR = "city-inspector";
    public static final String POLICE_OFFICER = "police-officer";
    public static final String TASKING_COORDINATOR = "tasking-coordinator";
    public static final String ANALYST = "analyst";
    public static final String ENFORCEMENT_ADMIN = "enforcement-admin";
    public static final String PARTNER = "partner";
    public static final String MET_SYSTEM = "met-system";
    /**
     * A PACT service itself (client credentials), reading another service's ordered change feed:
     * reports-service follows tasking's and enforcement's so that a report records the work done on it.
     */
    public static final String PACT_SERVICE = "pact-service";

    private Roles() {
    }
}
