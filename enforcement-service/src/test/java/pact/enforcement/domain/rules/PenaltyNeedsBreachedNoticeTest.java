package pact.enforcement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertEquals("penalty-needs-breached-cpn", rule.check(fpn, Fixtures.context()).orElseThrow().rule());
        var issued = Fixtures.earlier(NoticeType.COMMUNITY_PROTECTION_NOTICE, NoticeStatus.ISSUED, "A. Subject",
                "NOISE", may, null);
        assertTrue(rule.check(fpn, Fixtures.withRelated(issued)).isPresent());
        var warning = Fixtures.earlier(NoticeType.COMMUNITY_PROTECTION_WARNING, NoticeStatus.BREACHED, "A. Subject",
                "NOISE", may, null);
        assertTrue(rule.check(fpn, Fixtures.withRelated(warning)).isPresent());
        var otherPerson = Fixtures.earlier(NoticeType.COMMUNITY_PROTECTION_NOTICE, NoticeStatus.BREACHED, "B. Other",
                "NOISE", may, null);
        assertTrue(rule.check(fpn, Fixtures.withRelated(otherPerson)).isPresent());
    }
}
