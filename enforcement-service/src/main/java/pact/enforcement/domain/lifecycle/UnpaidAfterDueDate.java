package pact.enforcement.domain.lifecycle;

import java.util.Optional;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.NoticeFacts;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.rules.NoticeRule.Refusal;

/** A penalty is unpaid only once its payment period has ended. */
public final class UnpaidAfterDueDate implements TransitionRule {

    @Override
    public String name() {
        return "payment-due";
    }

    @Override
    public Optional<Refusal> check(NoticeFacts notice, StatusChange change, LegalParameters law) {
        if (change.to() != NoticeStatus.UNPAID || notice.dueDate() == null) {
            return Optional.empty();
        }
        if (!change.on().isAfter(notice.dueDate())) {
            return refuse("The penalty may be paid until " + notice.dueDate() + "; it is not unpaid on " + change.on());
        }
        return Optional.empty();
    }
}
