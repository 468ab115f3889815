package pact.enforcement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pact.enforcement.domain.Fixtures;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.NoticeType;

class WarningBeforeNoticeTest {
    final WarningBeforeNotice rule = new WarningBeforeNotice();
    final LocalDate may = LocalDate.of(2026, 5, 1);
    final LocalDate mid = LocalDate.of(2026, 5, 20);
    final LocalDate cpnDay = LocalDate.of(2026, 6, 1);
    final pact.enforcement.domain.NoticeDraft cpn = Fixtures.adult(NoticeType.COMMUNITY_PROTECTION_NOTICE,
            "STREET_DRINKING", null, null, null, null, null);

    @Test
    void a_CPN_with_no_earlier_warning_is_refused() {
        assertEquals("warning-before-notice", rule.check(cpn, Fixtures.context()).orElseThrow().rule());
    }

    @Test
    void a_CPN_after_the_warning_period_ends_is_allowed() {
        var warning = Fixtures.earlier(NoticeType.COMMUNITY_PROTECTION_WARNING, NoticeStatus.ISSUED, "a. subject ",
                "STREET_DRINKING", may, mid);
        assertTrue(rule.check(cpn, Fixtures.withEarlier(warning)).isEmpty());
    }

    @Test
    void a_CPN_cannot_be_issued_before_the_warning_period_ends() {
        var running = Fixtures.earlier(NoticeType.COMMUNITY_PROTECTION_WARNING, NoticeStatus.ISSUED, "A. Subject",
                "STREET_DRINKING", may, cpnDay);
        assertTrue(rule.check(cpn, Fixtures.withEarlier(running)).orElseThrow().reason().contains("may follow only after"));
    }

    @Test
    void a_warning_for_other_conduct_or_to_another_person_does_not_count() {
        var otherConduct = Fixtures.earlier(NoticeType.COMMUNITY_PROTECTION_WARNING, NoticeStatus.ISSUED, "A. Subject",
                "NOISE", may, mid);
        var otherPerson = Fixtures.earlier(NoticeType.COMMUNITY_PROTECTION_WARNING, NoticeStatus.ISSUED, "B. Other",
                "STREET_DRINKING", may, mid);
        assertTrue(rule.check(cpn, Fixtures.withEarlier(otherConduct, otherPerson)).isPresent());
    }

    @Test
    void a_warning_complied_with_or_withdrawn_does_not_count() {
        var complied = Fixtures.earlier(NoticeType.COMMUNITY_PROTECTION_WARNING, NoticeStatus.COMPLIED, "A. Subject",
                "STREET_DRINKING", may, mid);
        var withdrawn = Fixtures.earlier(NoticeType.COMMUNITY_PROTECTION_WARNING, NoticeStatus.WITHDRAWN, "A. Subject",
                "STREET_DRINKING", may, mid);
        assertTrue(rule.check(cpn, Fixtures.withEarlier(complied)).isPresent());
        assertTrue(rule.check(cpn, Fixtures.withEarlier(withdrawn)).isPresent());
    }
}
