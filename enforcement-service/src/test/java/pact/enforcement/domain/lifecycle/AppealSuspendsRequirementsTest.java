package pact.enforcement.domain.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pact.enforcement.domain.Fixtures;
import pact.enforcement.domain.NoticeFacts;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.NoticeSubject;
import pact.enforcement.domain.NoticeType;
import pact.enforcement.domain.RequirementKind;
import pact.enforcement.domain.SubjectKind;
import pact.enforcement.domain.rules.NoticeRule.Refusal;

class AppealSuspendsRequirementsTest {
    static final LocalDate DURING = LocalDate.of(2026, 6, 10);

    static NoticeFacts appealed(RequirementKind... kinds) {
        return new NoticeFacts(UUID.randomUUID(), NoticeType.COMMUNITY_PROTECTION_NOTICE, NoticeStatus.APPEALED,
                new NoticeSubject(SubjectKind.BODY, "Club", null), "NOISE", LocalDate.of(2026, 6, 1), null,
                LocalDate.of(2026, 6, 21), null, null, null, null, null, null, List.of(kinds),
                LocalDate.of(2026, 6, 5), null);
    }

    static Refusal refusal(NoticeFacts notice, Integer... breached) {
        return TransitionRules.firstRefusal(notice, new StatusChange(NoticeStatus.BREACHED, DURING, List.of(breached)),
                Fixtures.law()).orElse(null);
    }

    @Test
    void during_an_appeal_a_breach_of_a_stop_requirement_is_recorded() {
        assertEquals(null, refusal(appealed(RequirementKind.STOP, RequirementKind.DO), 1));
    }

    @Test
    void during_an_appeal_a_suspended_do_requirement_cannot_be_breached_even_beside_a_stop_one() {
        Refusal refused = refusal(appealed(RequirementKind.STOP, RequirementKind.DO), 2);
        assertEquals("appeal-suspends-requirements", refused.rule());
        assertTrue(refused.reason().contains("Requirement 2 (DO) is suspended"), refused.reason());
    }

    @Test
    void a_notice_with_no_stop_requirement_cannot_be_breached_during_its_appeal() {
        Refusal refused = refusal(appealed(RequirementKind.DO), 1);
        assertEquals("appeal-suspends-requirements", refused.rule());
        assertTrue(refused.reason().contains("no stop requirement"), refused.reason());
    }

    @Test
    void a_breach_names_which_requirements_and_only_ones_the_notice_has() {
        Refusal none = refusal(appealed(RequirementKind.STOP));
        assertEquals("breach-requirements", none.rule());
        assertTrue(none.reason().contains("Name the requirement(s) breached"), none.reason());
        Refusal missing = refusal(appealed(RequirementKind.STOP), 3);
        assertEquals("breach-requirements", missing.rule());
        assertTrue(missing.reason().contains("there is no requirement 3"), missing.reason());
    }
}
