package pact.enforcement.domain.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pact.enforcement.domain.Fixtures;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.NoticeFacts;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.NoticeSubject;
import pact.enforcement.domain.NoticeType;
import pact.enforcement.domain.SubjectKind;

class TransitionRulesTest {
    static final LegalParameters LAW = Fixtures.law();
    static final LocalDate ISSUED = LocalDate.of(2026, 6, 1);

    static NoticeFacts cpn() {
        return new NoticeFacts(UUID.randomUUID(), NoticeType.COMMUNITY_PROTECTION_NOTICE, NoticeStatus.ISSUED,
                new NoticeSubject(SubjectKind.BODY, "Club", null), "NOISE", ISSUED, null, LocalDate.of(2026, 6, 21),
                null, null, null, null, null, null, java.util.List.of(), null, null);
    }

    static NoticeFacts warning(LocalDate complyBy) {
        return new NoticeFacts(UUID.randomUUID(), NoticeType.COMMUNITY_PROTECTION_WARNING, NoticeStatus.ISSUED,
                new NoticeSubject(SubjectKind.BODY, "Club", null), "NOISE", ISSUED, complyBy, null, null, null, null,
                null, null, null, java.util.List.of(), null, null);
    }

    static String refusal(NoticeFacts notice, NoticeStatus to, LocalDate on) {
        return TransitionRules.firstRefusal(notice, new StatusChange(to, on), LAW).map(r -> r.rule()).orElse(null);
    }

    @Test
    void an_appeal_is_allowed_on_day_21_and_refused_on_day_22() {
        assertEquals(null, refusal(cpn(), NoticeStatus.APPEALED, LocalDate.of(2026, 6, 21)));
        Fixtures.assertRefused(TransitionRules.firstRefusal(cpn(), new StatusChange(NoticeStatus.APPEALED,
                LocalDate.of(2026, 6, 22)), LAW), "appeal-window",
                "An appeal lodged on 2026-06-22 is outside the window from 2026-06-01 to 2026-06-21");
        assertEquals("appeal-window", refusal(cpn(), NoticeStatus.APPEALED, LocalDate.of(2026, 5, 31)));
    }

    @Test
    void a_warning_is_breached_only_after_the_time_allowed() {
        var w = warning(LocalDate.of(2026, 6, 10));
        Fixtures.assertRefused(TransitionRules.firstRefusal(w, new StatusChange(NoticeStatus.BREACHED,
                LocalDate.of(2026, 6, 10)), LAW), "breach-after-time-allowed", "allows until 2026-06-10",
                "is within that time");
        assertEquals(null, refusal(w, NoticeStatus.BREACHED, LocalDate.of(2026, 6, 11)));
    }

    @Test
    void a_penalty_is_unpaid_only_after_its_due_date_and_prosecuted_only_after_14_days() {
        var fpn = Fixtures.penalty(NoticeStatus.ISSUED, ISSUED, LAW);
        Fixtures.assertRefused(TransitionRules.firstRefusal(fpn, new StatusChange(NoticeStatus.UNPAID,
                LocalDate.of(2026, 6, 15)), LAW), "payment-due", "may be paid until 2026-06-15");
        assertEquals(null, refusal(fpn, NoticeStatus.UNPAID, LocalDate.of(2026, 6, 16)));
        var unpaid = Fixtures.penalty(NoticeStatus.UNPAID, ISSUED, LAW);
        Fixtures.assertRefused(TransitionRules.firstRefusal(unpaid, new StatusChange(NoticeStatus.ESCALATED,
                LocalDate.of(2026, 6, 15)), LAW), "no-prosecution-window", "No proceedings may be taken before 2026-06-16");
        assertEquals(null, refusal(unpaid, NoticeStatus.ESCALATED, LocalDate.of(2026, 6, 16)));
    }

    @Test
    void the_discount_is_accepted_only_within_its_period() {
        var fpn = Fixtures.penalty(NoticeStatus.ISSUED, ISSUED, LAW);
        assertTrue(PaymentRule.check(fpn, new BigDecimal("75"), LocalDate.of(2026, 6, 11), LAW).isEmpty());
        assertEquals("discount-period",
                PaymentRule.check(fpn, new BigDecimal("75"), LocalDate.of(2026, 6, 12), LAW).orElseThrow().rule());
        assertTrue(PaymentRule.check(fpn, new BigDecimal("100.00"), LocalDate.of(2026, 6, 12), LAW).isEmpty());
        assertEquals("payment-amount",
                PaymentRule.check(fpn, new BigDecimal("50"), LocalDate.of(2026, 6, 5), LAW).orElseThrow().rule());
    }

    @Test
    void a_paid_penalty_cannot_be_paid_again() {
        var paid = Fixtures.penalty(NoticeStatus.PAID, ISSUED, LAW);
        assertEquals("notice-lifecycle",
                PaymentRule.check(paid, new BigDecimal("100"), LocalDate.of(2026, 6, 5), LAW).orElseThrow().rule());
    }
}
