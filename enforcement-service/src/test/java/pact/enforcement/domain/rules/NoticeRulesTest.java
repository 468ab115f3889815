package pact.enforcement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pact.enforcement.domain.IssuingOrganisation;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.NoticeDraft;
import pact.enforcement.domain.NoticeType;
import pact.enforcement.domain.SubjectKind;

class NoticeRulesTest {
    static final Instant ISSUED = Instant.parse("2026-06-01T21:30:00Z");
    static final LegalParameters LAW = new LegalParameters(List.of(
            new LegalParameters.Entry(LegalParameters.COMMUNITY_PROTECTION_MINIMUM_AGE, LocalDate.of(2014, 10, 20), "16"),
            new LegalParameters.Entry(LegalParameters.DISPERSAL_MINIMUM_AGE, LocalDate.of(2014, 10, 20), "10")));

    static NoticeDraft draft(NoticeType type, SubjectKind kind, LocalDate born, IssuingOrganisation org, String role) {
        return new NoticeDraft(type, kind, "Subject", born, "X-1", org, Set.of(role), "conduct", 51.51, -0.13, ISSUED);
    }

    @Test
    void a_CPW_to_a_person_of_15_is_refused_and_16_is_allowed() {
        var fifteen = draft(NoticeType.COMMUNITY_PROTECTION_WARNING, SubjectKind.PERSON, LocalDate.of(2010, 6, 2),
                IssuingOrganisation.WESTMINSTER_COUNCIL, "city-inspector");
        var sixteenToday = draft(NoticeType.COMMUNITY_PROTECTION_WARNING, SubjectKind.PERSON,
                LocalDate.of(2010, 6, 1), IssuingOrganisation.WESTMINSTER_COUNCIL, "city-inspector");
        assertEquals("subject-minimum-age", NoticeRules.firstRefusal(fifteen, LAW).orElseThrow().rule());
        assertTrue(NoticeRules.firstRefusal(sixteenToday, LAW).isEmpty());
    }

    @Test
    void a_dispersal_direction_to_a_child_of_9_is_refused_and_10_is_allowed() {
        var nine = draft(NoticeType.DISPERSAL_DIRECTION, SubjectKind.PERSON, LocalDate.of(2017, 1, 1),
                IssuingOrganisation.MET_POLICE, "police-officer");
        var ten = draft(NoticeType.DISPERSAL_DIRECTION, SubjectKind.PERSON, LocalDate.of(2016, 1, 1),
                IssuingOrganisation.MET_POLICE, "police-officer");
        assertEquals("subject-minimum-age", NoticeRules.firstRefusal(nine, LAW).orElseThrow().rule());
        assertTrue(NoticeRules.firstRefusal(ten, LAW).isEmpty());
    }

    @Test
    void a_City_Inspector_can_never_give_a_dispersal_direction() {
        var byInspector = draft(NoticeType.DISPERSAL_DIRECTION, SubjectKind.PERSON, LocalDate.of(1990, 1, 1),
                IssuingOrganisation.WESTMINSTER_COUNCIL, "city-inspector");
        var inspectorClaimingPolice = draft(NoticeType.DISPERSAL_DIRECTION, SubjectKind.PERSON,
                LocalDate.of(1990, 1, 1), IssuingOrganisation.MET_POLICE, "city-inspector");
        assertEquals("dispersal-police-only", NoticeRules.firstRefusal(byInspector, LAW).orElseThrow().rule());
        assertEquals("dispersal-police-only",
                NoticeRules.firstRefusal(inspectorClaimingPolice, LAW).orElseThrow().rule());
    }

    @Test
    void a_CPW_to_a_body_has_no_age_limit() {
        var body = draft(NoticeType.COMMUNITY_PROTECTION_WARNING, SubjectKind.BODY, null,
                IssuingOrganisation.WESTMINSTER_COUNCIL, "city-inspector");
        assertTrue(NoticeRules.firstRefusal(body, LAW).isEmpty());
    }

    @Test
    void a_limit_changed_by_a_later_law_applies_from_its_commencement_only() {
        var law = new LegalParameters(List.of(
                new LegalParameters.Entry(LegalParameters.COMMUNITY_PROTECTION_MINIMUM_AGE, LocalDate.of(2014, 10, 20), "16"),
                new LegalParameters.Entry(LegalParameters.COMMUNITY_PROTECTION_MINIMUM_AGE, LocalDate.of(2026, 7, 1), "18")));
        assertEquals(16, law.intValue(LegalParameters.COMMUNITY_PROTECTION_MINIMUM_AGE, LocalDate.of(2026, 6, 30)));
        assertEquals(18, law.intValue(LegalParameters.COMMUNITY_PROTECTION_MINIMUM_AGE, LocalDate.of(2026, 7, 1)));
    }
}
