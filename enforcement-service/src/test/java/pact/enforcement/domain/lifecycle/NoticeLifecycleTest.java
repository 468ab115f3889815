package pact.enforcement.domain.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pact.enforcement.domain.Fixtures;
import pact.enforcement.domain.NoticeFacts;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.NoticeSubject;
import pact.enforcement.domain.NoticeType;
import pact.enforcement.domain.SubjectKind;

class NoticeLifecycleTest {
    final NoticeLifecycle rule = new NoticeLifecycle();

    static NoticeFacts notice(NoticeType type, NoticeStatus status) {
        return new NoticeFacts(UUID.randomUUID(), type, status, new NoticeSubject(SubjectKind.BODY, "Club", null), "X",
                LocalDate.of(2026, 6, 1), null, null, null, null, null, null, null, null, java.util.List.of(), null, null);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} allowed={3}")
    @CsvSource({
            "COMMUNITY_PROTECTION_WARNING, ISSUED, COMPLIED, true",
            "COMMUNITY_PROTECTION_WARNING, ISSUED, APPEALED, false",
            "COMMUNITY_PROTECTION_NOTICE, ISSUED, APPEALED, true",
            "COMMUNITY_PROTECTION_NOTICE, APPEALED, QUASHED, true",
            "COMMUNITY_PROTECTION_NOTICE, QUASHED, BREACHED, false",
            "COMMUNITY_PROTECTION_NOTICE, UPHELD, BREACHED, true",
            "COMMUNITY_PROTECTION_NOTICE, ISSUED, PAID, false",
            "FIXED_PENALTY_CPN_BREACH, ISSUED, PAID, true",
            "FIXED_PENALTY_CPN_BREACH, ISSUED, ESCALATED, false",
            "FIXED_PENALTY_PSPO_BREACH, UNPAID, ESCALATED, true",
            "FIXED_PENALTY_PSPO_BREACH, PAID, UNPAID, false",
            "DISPERSAL_DIRECTION, ISSUED, EXPIRED, true",
            "DISPERSAL_DIRECTION, ISSUED, APPEALED, false",
            "CLOSURE_NOTICE, ISSUED, ESCALATED, true",
            "CLOSURE_NOTICE, WITHDRAWN, ISSUED, false",
    })
    void each_type_moves_only_along_its_own_state_machine(NoticeType type, NoticeStatus from, NoticeStatus to,
            boolean allowed) {
        var result = rule.check(notice(type, from), new StatusChange(to, LocalDate.of(2026, 6, 2)), Fixtures.law());
        assertEquals(allowed, result.isEmpty());
        result.ifPresent(r -> assertEquals("notice-lifecycle", r.rule()));
    }

    @ParameterizedTest(name = "{0} is final")
    @CsvSource({"PAID", "WITHDRAWN", "ESCALATED"})
    void a_penalty_that_is_settled_is_final(NoticeStatus status) {
        assertTrue(NoticeLifecycle.next(NoticeType.FIXED_PENALTY_CPN_BREACH, status).isEmpty());
    }
}
