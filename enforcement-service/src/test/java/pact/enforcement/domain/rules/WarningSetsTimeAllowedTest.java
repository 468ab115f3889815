package pact.enforcement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static pact.enforcement.domain.Fixtures.assertRefused;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pact.enforcement.domain.Fixtures;
import pact.enforcement.domain.NoticeType;

class WarningSetsTimeAllowedTest {
    final WarningSetsTimeAllowed rule = new WarningSetsTimeAllowed();

    @Test
    void a_warning_must_allow_at_least_until_the_next_day() {
        var none = Fixtures.adult(NoticeType.COMMUNITY_PROTECTION_WARNING, "NOISE", null, null, null, null, null);
        var sameDay = Fixtures.adult(NoticeType.COMMUNITY_PROTECTION_WARNING, "NOISE", LocalDate.of(2026, 6, 1), null,
                null, null, null);
        var nextDay = Fixtures.adult(NoticeType.COMMUNITY_PROTECTION_WARNING, "NOISE", LocalDate.of(2026, 6, 2), null,
                null, null, null);
        assertRefused(rule.check(none, Fixtures.context()), "warning-time-allowed", "must allow time to comply");
        assertRefused(rule.check(sameDay, Fixtures.context()), "warning-time-allowed",
                "complyBy must be a day after 2026-06-01");
        assertTrue(rule.check(nextDay, Fixtures.context()).isEmpty());
    }
}
