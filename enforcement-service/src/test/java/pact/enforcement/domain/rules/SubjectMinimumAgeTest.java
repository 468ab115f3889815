package pact.enforcement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pact.enforcement.domain.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pact.enforcement.domain.Fixtures;
import pact.enforcement.domain.IssuingOrganisation;
import pact.enforcement.domain.NoticeDraft;
import pact.enforcement.domain.NoticeType;
import pact.enforcement.domain.SubjectKind;

class SubjectMinimumAgeTest {
    final SubjectMinimumAge rule = new SubjectMinimumAge();

    @Test
    void a_CPW_to_a_person_of_15_is_refused_and_16_today_is_allowed() {
        var fifteen = Fixtures.person(NoticeType.COMMUNITY_PROTECTION_WARNING, LocalDate.of(2010, 6, 2),
                IssuingOrganisation.WESTMINSTER_COUNCIL, "city-inspector");
        var sixteenToday = Fixtures.person(NoticeType.COMMUNITY_PROTECTION_WARNING, LocalDate.of(2010, 6, 1),
                IssuingOrganisation.WESTMINSTER_COUNCIL, "city-inspector");
        assertRefused(rule.check(fifteen, Fixtures.context()), "subject-minimum-age", "aged 16 or over",
                "the subject is 15");
        assertTrue(rule.check(sixteenToday, Fixtures.context()).isEmpty());
    }

    @Test
    void a_dispersal_direction_to_a_child_of_9_is_refused_and_10_is_allowed() {
        var nine = Fixtures.person(NoticeType.DISPERSAL_DIRECTION, LocalDate.of(2017, 1, 1),
                IssuingOrganisation.MET_POLICE, "police-officer");
        var ten = Fixtures.person(NoticeType.DISPERSAL_DIRECTION, LocalDate.of(2016, 1, 1),
                IssuingOrganisation.MET_POLICE, "police-officer");
        assertRefused(rule.check(nine, Fixtures.context()), "subject-minimum-age", "aged 10 or over", "s.35");
        assertTrue(rule.check(ten, Fixtures.context()).isEmpty());
    }

    @Test
    void a_CPW_to_a_body_has_no_age_limit() {
        var body = NoticeDraft.basic(NoticeType.COMMUNITY_PROTECTION_WARNING, SubjectKind.BODY, "Club Ltd", null, "X",
                IssuingOrganisation.WESTMINSTER_COUNCIL, java.util.Set.of("city-inspector"), "noise", 51.5, -0.1,
                Fixtures.ISSUED);
        assertTrue(rule.check(body, Fixtures.context()).isEmpty());
    }
}
