package pact.portal.web;

/** The realm roles of the shared login, as the portal's navigation uses them (the services still decide). */
public final class Role {
    public static final String COUNCIL_OFFICER = "council-officer";
    public static final String CITY_INSPECTOR = "city-inspector";
    public static final String POLICE_OFFICER = "police-officer";
    public static final String TASKING_COORDINATOR = "tasking-coordinator";
    public static final String ANALYST = "analyst";
    public static final String ENFORCEMENT_ADMIN = "enforcement-admin";
    public static final String PARTNER = "partner";

    private Role() {
    }
}
