package pact.enforcement.domain;

import java.util.Optional;
import java.util.Set;
import pact.enforcement.domain.rules.NoticeRule.Refusal;

/**
 * Who a notice is recorded as issued by. A person issues in their own name: the officer linked
 * to their login (the {@code staff_number} of their token); a body naming someone else is
 * refused. A Met system submits for a named officer, and the record says it did.
 */
public final class OfficerOfRecord {
    public static final String RULE = "issuer-is-the-caller";
    static final String MET_SYSTEM = "met-system";
    static final String POLICE_OFFICER = "police-officer";
    static final String CITY_INSPECTOR = "city-inspector";

    private OfficerOfRecord() {
    }

    /** An officer as named on a notice. */
    public record Officer(String staffNumber, IssuingOrganisation organisation) {
    }

    /** The caller as the login shows them. */
    public record Login(String name, Set<String> roles, String linkedStaffNumber, String client) {
    }

    /**
     * The outcome: the officer of record and who submitted it, or a refusal, or (a Met system
     * naming no one) the field that must be given.
     */
    public record Decision(Officer officer, String submittedBy, Optional<Refusal> refusal, String missingField) {
        static Decision refused(String reason) {
            return new Decision(null, null, Optional.of(new Refusal(RULE, reason)), null);
        }
    }

    public static Decision decide(Login login, Officer named) {
        if (login.roles().contains(MET_SYSTEM) && !isPerson(login.roles())) {
            if (named == null || named.staffNumber() == null || named.organisation() == null) {
                return new Decision(null, null, Optional.empty(), "issuingOfficer");
            }
            String client = login.client() != null ? login.client() : login.name();
            return new Decision(named, client, Optional.empty(), null);
        }
        String linked = login.linkedStaffNumber();
        if (linked == null || linked.isBlank()) {
            return Decision.refused("The login " + login.name() + " is not linked to an officer (no staff number "
                    + "in the token), so no notice can be recorded in its name; ask an administrator to link it");
        }
        IssuingOrganisation organisation = organisationOf(login.roles());
        if (named != null && named.staffNumber() != null && !named.staffNumber().strip().equalsIgnoreCase(linked)) {
            return Decision.refused("A notice is recorded in the name of the officer who is signed in (" + linked
                    + "); it cannot name " + named.staffNumber().strip() + ". Only a Met system may submit for another "
                    + "officer");
        }
        if (named != null && named.organisation() != null && organisation != null
                && named.organisation() != organisation) {
            return Decision.refused("The officer signed in (" + linked + ") issues for " + organisation + ", not "
                    + named.organisation());
        }
        IssuingOrganisation recorded = organisation != null ? organisation
                : named != null ? named.organisation() : null;
        if (recorded == null) {
            return new Decision(null, null, Optional.empty(), "issuingOfficer.organisation");
        }
        return new Decision(new Officer(linked, recorded), login.name(), Optional.empty(), null);
    }

    private static boolean isPerson(Set<String> roles) {
        return roles.contains(POLICE_OFFICER) || roles.contains(CITY_INSPECTOR);
    }

    private static IssuingOrganisation organisationOf(Set<String> roles) {
        if (roles.contains(POLICE_OFFICER) && !roles.contains(CITY_INSPECTOR)) {
            return IssuingOrganisation.MET_POLICE;
        }
        if (roles.contains(CITY_INSPECTOR) && !roles.contains(POLICE_OFFICER)) {
            return IssuingOrganisation.WESTMINSTER_COUNCIL;
        }
        return null;
    }

    /** How the record states who acted: "PC-1041", or "submitted by met-systems for PC-1041". */
    public static String statement(String submittedBy, String staffNumber, boolean bySystem) {
        return bySystem ? "submitted by " + submittedBy + " for " + staffNumber : "issued by " + staffNumber
                + (submittedBy != null ? " (" + submittedBy + ")" : "");
    }
}
