package pact.enforcement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pact.enforcement.domain.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pact.enforcement.domain.Fixtures;
import pact.enforcement.domain.IssuingContext;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.NoticeType;

class PenaltyWithinMaximumTest {
    final PenaltyWithinMaximum rule = new PenaltyWithinMaximum();
    static final LocalDate COMMENCES = LocalDate.of(2026, 5, 15);
    final IssuingContext law2026 = IssuingContext.of(Fixtures.law(
            new LegalParameters.Entry(LegalParameters.PENALTY_MAXIMUM, COMMENCES, "500")));

    static pact.enforcement.domain.NoticeDraft fpn(String offenceAt, String amount) {
        return Fixtures.adult(NoticeType.FIXED_PENALTY_PSPO_BREACH, "X", null, null, "DOG_FOULING",
                Instant.parse(offenceAt), new BigDecimal(amount));
    }

    @Test
    void the_maximum_is_100_before_commencement_and_500_from_it() {
        assertTrue(rule.check(fpn("2026-05-14T12:00:00Z", "100"), law2026).isEmpty());
        assertRefused(rule.check(fpn("2026-05-14T12:00:00Z", "100.01"), law2026), "penalty-maximum",
                "£100.01 exceeds the maximum fixed penalty of £100", "in force on 2026-05-14");
        assertTrue(rule.check(fpn("2026-05-15T12:00:00Z", "500"), law2026).isEmpty());
        assertRefused(rule.check(fpn("2026-05-15T12:00:00Z", "501"), law2026), "penalty-maximum",
                "maximum fixed penalty of £500");
    }

    @Test
    void the_offence_date_not_the_issue_date_sets_the_maximum() {
        // Issued 1 June (after commencement) for an offence on 10 May (before it): £100 is the cap.
        assertRefused(rule.check(fpn("2026-05-10T12:00:00Z", "250"), law2026), "penalty-maximum",
                "maximum fixed penalty of £100 in force on 2026-05-10");
    }

    @Test
    void only_penalties_carry_an_amount_and_it_is_positive() {
        var warningWithAmount = Fixtures.adult(NoticeType.COMMUNITY_PROTECTION_WARNING, "X", LocalDate.of(2026, 7, 1),
                null, null, null, BigDecimal.TEN);
        assertRefused(rule.check(warningWithAmount, law2026), "penalty-maximum", "carries no amount");
        assertRefused(rule.check(fpn("2026-05-10T12:00:00Z", "0"), law2026), "penalty-maximum",
                "must be more than zero");
    }
}
