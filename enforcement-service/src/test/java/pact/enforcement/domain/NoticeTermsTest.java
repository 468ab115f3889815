package pact.enforcement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NoticeTermsTest {

    @Test
    void a_CPN_may_be_appealed_for_21_days_beginning_with_the_day_of_issue() {
        var terms = NoticeTerms.of(Fixtures.adult(NoticeType.COMMUNITY_PROTECTION_NOTICE, "city-inspector"), Fixtures.law());
        assertEquals(LocalDate.of(2026, 6, 21), terms.appealBy());
        assertNull(terms.amount());
    }

    @Test
    void a_penalty_gets_the_configured_amount_discount_and_dates() {
        var terms = NoticeTerms.of(Fixtures.adult(NoticeType.FIXED_PENALTY_PSPO_BREACH, "X", null, null, "DOG_FOULING",
                null, null), Fixtures.law());
        assertEquals(new BigDecimal("100"), terms.amount());
        assertEquals(new BigDecimal("75"), terms.discountAmount());
        assertEquals(LocalDate.of(2026, 6, 11), terms.discountUntil());
        assertEquals(LocalDate.of(2026, 6, 15), terms.dueDate());
        assertEquals(LocalDate.of(2026, 6, 16), terms.proceedingsFrom());
    }

    @Test
    void no_discount_when_the_amount_is_already_at_or_below_it() {
        var terms = NoticeTerms.of(Fixtures.adult(NoticeType.FIXED_PENALTY_PSPO_BREACH, "X", null, null, "DOG_FOULING",
                null, new BigDecimal("60")), Fixtures.law());
        assertNull(terms.discountAmount());
        assertNull(terms.discountUntil());
    }
}
