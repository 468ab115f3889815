package pact.enforcement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The dates and sums the law attaches to a notice at issue, computed from the parameters in
 * force then: the CPN appeal deadline (21 days beginning with the day of issue, s.46(2)), and a
 * penalty's amount, discount, payment date and first day proceedings may be taken (periods
 * "following the date of the notice", s.52(5)).
 */
public record NoticeTerms(BigDecimal amount, BigDecimal discountAmount, LocalDate discountUntil, LocalDate dueDate,
        LocalDate proceedingsFrom, LocalDate appealBy) {

    public static NoticeTerms of(NoticeDraft draft, LegalParameters law) {
        LocalDate issued = draft.issuedOn();
        if (draft.type() == NoticeType.COMMUNITY_PROTECTION_NOTICE) {
            return new NoticeTerms(null, null, null, null, null,
                    issued.plusDays(law.intValue(LegalParameters.APPEAL_DAYS, issued) - 1L));
        }
        if (!draft.type().isPenalty()) {
            return new NoticeTerms(null, null, null, null, null, null);
        }
        BigDecimal maximum = law.decimalValue(LegalParameters.PENALTY_MAXIMUM, draft.offenceOn());
        BigDecimal amount = draft.amount() != null ? draft.amount()
                : law.decimalValue(LegalParameters.PENALTY_DEFAULT_AMOUNT, issued).min(maximum);
        BigDecimal discount = law.decimalValue(LegalParameters.PENALTY_DISCOUNT_AMOUNT, issued);
        boolean hasDiscount = discount.signum() > 0 && discount.compareTo(amount) < 0;
        return new NoticeTerms(amount, hasDiscount ? discount : null,
                hasDiscount ? issued.plusDays(law.intValue(LegalParameters.PENALTY_DISCOUNT_DAYS, issued)) : null,
                issued.plusDays(law.intValue(LegalParameters.PENALTY_PAYMENT_DAYS, issued)),
                issued.plusDays(law.intValue(LegalParameters.PENALTY_NO_PROCEEDINGS_DAYS, issued) + 1L), null);
    }
}
