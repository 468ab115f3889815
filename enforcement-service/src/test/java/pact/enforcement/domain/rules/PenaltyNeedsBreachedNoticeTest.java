package pact.enforcement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pact.enforcement.domain.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pact.enforcement.domain.Fixtures;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.NoticeType;

class PenaltyNeedsBreachedNoticeTest {
    final PenaltyNeedsBreachedNotice rule = new PenaltyNeedsBreachedNotice();
    final LocalDate may = LocalDate.of(2026, 5, 1);
    final pact.enforcement.domain.NoticeDraft fpn = Fixtures.adult(NoticeType.FIXED_PENALTY_CPN_BREACH, "NOISE", null,
            null, null, null, null);

    @Test
    void a_CPN_penalty_needs_a_breached_CPN_to_the_same_subject() {
        var breached = Fixtures.earlier(NoticeType.COMMUNITY_PROTECTION_NOTICE, NoticeStatus.BREACHED, "A. Subject",
                "NOISE", may, null);
        assertTrue(rule.check(fpn, Fixtures.withRelated(breached)).isEmpty());
    }

    @Test
    void a_penalty_without_a_CPN_or_on_a_CPN_not_breached_is_refused() {
        assertRefused(rule.check(fpn, Fixtures.context()), "penalty-needs-breached-cpn",
                "must name the breached Community Protection Notice");
        var issued = Fixtures.earlier(NoticeType.COMMUNITY_PROTECTION_NOTICE, NoticeStatus.ISSUED, "A. Subject",
                "NOISE", may, null);
        assertRefused(rule.check(fpn, Fixtures.withRelated(issued)), "penalty-needs-breached-cpn", "is ISSUED",
                "needs it recorded as BREACHED");
        var warning = Fixtures.earlier(NoticeType.COMMUNITY_PROTECTION_WARNING, NoticeStatus.BREACHED, "A. Subject",
                "NOISE", may, null);
        assertRefused(rule.check(fpn, Fixtures.withRelated(warning)), "penalty-needs-breached-cpn",
                "not a Community Protection Notice");
        var otherPerson = Fixtures.earlier(NoticeType.COMMUNITY_PROTECTION_NOTICE, NoticeStatus.BREACHED, "B. Other",
                "NOISE", may, null);
        assertRefused(rule.check(fpn, Fixtures.withRelated(otherPerson)), "penalty-needs-breached-cpn",
                "was given to a different subject");
    }

    static pact.enforcement.domain.NoticeFacts breachedUnderAppeal(Integer... breached) {
        return new pact.enforcement.domain.NoticeFacts(java.util.UUID.randomUUID(),
                NoticeType.COMMUNITY_PROTECTION_NOTICE, NoticeStatus.BREACHED,
                new pact.enforcement.domain.NoticeSubject(pact.enforcement.domain.SubjectKind.PERSON, "A. Subject",
                        LocalDate.of(1990, 1, 1)), "NOISE", LocalDate.of(2026, 5, 1), null, LocalDate.of(2026, 5, 21),
                null, null, null, null, null, null,
                java.util.List.of(pact.enforcement.domain.RequirementKind.STOP, pact.enforcement.domain.RequirementKind.DO),
                LocalDate.of(2026, 5, 10), new pact.enforcement.domain.Breach(java.util.List.of(breached), true));
    }

    @Test
    void under_appeal_only_a_breach_of_a_stop_requirement_leads_to_a_penalty() {
        assertTrue(rule.check(fpn, Fixtures.withRelated(breachedUnderAppeal(1))).isEmpty());
        var refused = rule.check(fpn, Fixtures.withRelated(breachedUnderAppeal(2))).orElseThrow();
        assertEquals("penalty-needs-breached-cpn", refused.rule());
        assertTrue(refused.reason().contains("under appeal"), refused.reason());
    }

    @Test
    void the_penalty_escalates_the_CPN_it_rests_on() {
        var cpn = breachedUnderAppeal(1);
        assertEquals(java.util.List.of(cpn.id()), NoticeRules.judge(fpn, Fixtures.withRelated(cpn)).escalates());
    }
}
