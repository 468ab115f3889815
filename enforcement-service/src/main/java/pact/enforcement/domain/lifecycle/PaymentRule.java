package pact.enforcement.domain.lifecycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.NoticeFacts;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.rules.NoticeRule.Refusal;

/**
 * A payment settles a penalty only for the amount due on the day it is made: the discounted
 * amount within the discount period (s.52(7), s.68(7)), the full amount otherwise.
 */
public final class PaymentRule {

    private PaymentRule() {
    }

    public static BigDecimal amountDue(NoticeFacts notice, LocalDate paidOn) {
        boolean discounted = notice.discountAmount() != null && notice.discountUntil() != null
                && !paidOn.isAfter(notice.discountUntil());
        return discounted ? notice.discountAmount() : notice.amount();
    }

    public static Optional<Refusal> check(NoticeFacts notice, BigDecimal amount, LocalDate paidOn, LegalParameters law) {
        Optional<Refusal> lifecycle = new NoticeLifecycle().check(notice, new StatusChange(NoticeStatus.PAID, paidOn), law);
        if (lifecycle.isPresent()) {
            return lifecycle;
        }
        if (paidOn.isBefore(notice.issuedOn())) {
            return Optional.of(new Refusal("payment-amount", "A payment cannot predate the notice of " + notice.issuedOn()));
        }
        BigDecimal due = amountDue(notice, paidOn);
        if (amount.compareTo(due) == 0) {
            return Optional.empty();
        }
        if (notice.discountAmount() != null && amount.compareTo(notice.discountAmount()) == 0) {
            return Optional.of(new Refusal("discount-period", "The discounted £" + notice.discountAmount().toPlainString()
                    + " was payable until " + notice.discountUntil() + "; on " + paidOn + " £" + due.toPlainString()
                    + " is due"));
        }
        return Optional.of(new Refusal("payment-amount", "£" + due.toPlainString() + " is due on " + paidOn + ", not £"
                + amount.toPlainString()));
    }
}
