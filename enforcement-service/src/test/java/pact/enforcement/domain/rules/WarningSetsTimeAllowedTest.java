package pact.enforcement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTrue(rule.check(none, Fixtures.context()).isPresent());
        assertTrue(rule.check(sameDay, Fixtures.context()).isPresent());
        assertTrue(rule.check(nextDay, Fixtures.context()).isEmpty());
    }
}
