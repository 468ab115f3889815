package pact.enforcement.domain.rules;

import java.math.BigDecimal;
import java.util.Optional;
import pact.enforcement.domain.IssuingContext;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.NoticeDraft;

/**
 * A fixed penalty never exceeds the maximum in force on the day of the offence (s.52(6),
 * s.68(6): £100, raised to £500 from the commencement of the Crime and Policing Act 2026
 * change); only penalties carry an amount.
 */
public final class PenaltyWithinMaximum implements NoticeRule {

    @Override
    public String name() {
        return "penalty-maximum";
    }

    @Override
    public Optional<Refusal> check(NoticeDraft draft, IssuingContext context) {
        if (!draft.type().isPenalty()) {
            return draft.amount() == null ? Optional.empty()
                    : refuse("A " + draft.type() + " carries no amount; only fixed penalties do");
        }
        if (draft.amount() == null) {
            return Optional.empty();
        }
        BigDecimal maximum = context.law().decimalValue(LegalParameters.PENALTY_MAXIMUM, draft.offenceOn());
        if (draft.amount().signum() <= 0) {
            return refuse("A fixed penalty amount must be more than zero");
        }
        if (draft.amount().compareTo(maximum) > 0) {
            return refuse("£" + draft.amount().toPlainString() + " exceeds the maximum fixed penalty of £"
                    + maximum.toPlainString() + " in force on " + draft.offenceOn());
        }
        return Optional.empty();
    }
}
