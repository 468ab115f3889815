package pact.enforcement.domain.rules;

import java.util.Optional;
import pact.enforcement.domain.IssuingContext;
import pact.enforcement.domain.NoticeDraft;
import pact.enforcement.domain.NoticeType;

/**
 * A fixed penalty under s.68 only where the place is inside an order's area, the time inside its
 * active period and hours, and the behaviour one the order prohibits; the register works out
 * which orders apply and this rule judges the answer.
 */
public final class PenaltyNeedsPspoBreach implements NoticeRule {

    @Override
    public String name() {
        return "penalty-needs-pspo-breach";
    }

    @Override
    public Optional<Refusal> check(NoticeDraft draft, IssuingContext context) {
        if (draft.type() != NoticeType.FIXED_PENALTY_PSPO_BREACH) {
            return Optional.empty();
        }
        if (draft.behaviourCode() == null || draft.behaviourCode().isBlank()) {
            return refuse("A PSPO fixed penalty must name the prohibited behaviour (behaviourCode)");
        }
        String why = context.whyNoOrder().isEmpty() ? "" : ": " + String.join("; ", context.whyNoOrder());
        if (context.applicableOrders().isEmpty()) {
            return refuse("No PSPO in force at " + draft.latitude() + "," + draft.longitude() + " at "
                    + (draft.offenceAt() != null ? draft.offenceAt() : draft.issuedAt()) + " prohibits "
                    + draft.behaviourCode() + why);
        }
        if (draft.pspoOrderId() != null && !context.applicableOrders().contains(draft.pspoOrderId())) {
            return refuse("The order " + draft.pspoOrderId() + " does not apply there and then for "
                    + draft.behaviourCode() + why + "; orders that do: " + context.applicableOrders());
        }
        return Optional.empty();
    }
}
