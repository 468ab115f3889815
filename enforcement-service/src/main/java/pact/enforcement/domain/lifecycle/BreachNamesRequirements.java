package pact.enforcement.domain.lifecycle;

import java.util.Optional;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.NoticeFacts;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.rules.NoticeRule.Refusal;

/**
 * A breach of a notice with requirements names which of them were breached (numbered from 1 as on
 * the notice), so that what follows (a penalty, a prosecution) rests on a stated failure.
 */
public final class BreachNamesRequirements implements TransitionRule {

    @Override
    public String name() {
        return "breach-requirements";
    }

    @Override
    public Optional<Refusal> check(NoticeFacts notice, StatusChange change, LegalParameters law) {
        if (change.to() != NoticeStatus.BREACHED) {
            return change.breachedRequirements().isEmpty() ? Optional.empty()
                    : refuse("Requirements are named as breached only when recording a breach");
        }
        int count = notice.requirementKinds().size();
        if (count == 0) {
            return change.breachedRequirements().isEmpty() ? Optional.empty()
                    : refuse("The notice records no requirements, so none can be named as breached");
        }
        if (change.breachedRequirements().isEmpty()) {
            return refuse("Name the requirement(s) breached (breachedRequirements, numbered 1 to " + count
                    + " as on the notice)");
        }
        for (int n : change.breachedRequirements()) {
            if (notice.requirement(n) == null) {
                return refuse("The notice has requirements 1 to " + count + "; there is no requirement " + n);
            }
        }
        return Optional.empty();
    }
}
