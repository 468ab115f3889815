package pact.enforcement.domain.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pact.enforcement.domain.Fixtures;
import pact.enforcement.domain.NoticeFacts;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.NoticeSubject;
import pact.enforcement.domain.NoticeType;
import pact.enforcement.domain.SubjectKind;

class AppealSuspendsRequirementsTest {

    static NoticeFacts appealed(boolean stop) {
        return new NoticeFacts(UUID.randomUUID(), NoticeType.COMMUNITY_PROTECTION_NOTICE, NoticeStatus.APPEALED,
                new NoticeSubject(SubjectKind.BODY, "Club", null), "NOISE", LocalDate.of(2026, 6, 1), null,
                LocalDate.of(2026, 6, 21), null, null, null, null, null, null, stop);
    }

    @Test
    void during_an_appeal_only_a_stop_requirement_can_be_breached() {
        var breach = new StatusChange(NoticeStatus.BREACHED, LocalDate.of(2026, 6, 10));
        assertTrue(TransitionRules.firstRefusal(appealed(true), breach, Fixtures.law()).isEmpty());
        assertEquals("appeal-suspends-requirements",
                TransitionRules.firstRefusal(appealed(false), breach, Fixtures.law()).orElseThrow().rule());
    }
}
