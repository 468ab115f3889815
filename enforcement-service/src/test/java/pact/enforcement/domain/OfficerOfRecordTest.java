package pact.enforcement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OfficerOfRecordTest {
    static final OfficerOfRecord.Login INSPECTOR = new OfficerOfRecord.Login("ian", Set.of("city-inspector"), "CI-2001",
            "pact-portal");
    static final OfficerOfRecord.Login MET = new OfficerOfRecord.Login("service-account-met-systems",
            Set.of("met-system"), null, "met-systems");

    @Test
    void a_person_issues_in_the_name_of_the_officer_linked_to_their_login() {
        OfficerOfRecord.Decision d = OfficerOfRecord.decide(INSPECTOR, null);
        assertEquals(new OfficerOfRecord.Officer("CI-2001", IssuingOrganisation.WESTMINSTER_COUNCIL), d.officer());
        assertEquals("ian", d.submittedBy());
        assertTrue(OfficerOfRecord.decide(INSPECTOR,
                new OfficerOfRecord.Officer("ci-2001", IssuingOrganisation.WESTMINSTER_COUNCIL)).refusal().isEmpty());
    }

    @Test
    void a_city_inspector_naming_a_police_officer_is_refused_naming_the_rule() {
        OfficerOfRecord.Decision d = OfficerOfRecord.decide(INSPECTOR,
                new OfficerOfRecord.Officer("201", IssuingOrganisation.MET_POLICE));
        assertEquals(OfficerOfRecord.RULE, d.refusal().orElseThrow().rule());
        assertTrue(d.refusal().orElseThrow().reason().contains("cannot name 201"));
        assertEquals(OfficerOfRecord.RULE, OfficerOfRecord.decide(INSPECTOR,
                new OfficerOfRecord.Officer("CI-2001", IssuingOrganisation.MET_POLICE)).refusal().orElseThrow().rule());
    }

    @Test
    void a_login_linked_to_no_officer_records_no_notice() {
        OfficerOfRecord.Decision d = OfficerOfRecord.decide(
                new OfficerOfRecord.Login("olivia", Set.of("city-inspector"), null, "pact-portal"), null);
        assertTrue(d.refusal().orElseThrow().reason().contains("not linked to an officer"));
    }

    @Test
    void a_met_system_submits_for_a_named_officer_and_the_record_says_so() {
        OfficerOfRecord.Officer pc = new OfficerOfRecord.Officer("PC-1041", IssuingOrganisation.MET_POLICE);
        OfficerOfRecord.Decision d = OfficerOfRecord.decide(MET, pc);
        assertEquals(pc, d.officer());
        assertEquals("met-systems", d.submittedBy());
        assertEquals("submitted by met-systems for PC-1041", OfficerOfRecord.statement("met-systems", "PC-1041", true));
        assertEquals("issuingOfficer", OfficerOfRecord.decide(MET, null).missingField());
    }
}
