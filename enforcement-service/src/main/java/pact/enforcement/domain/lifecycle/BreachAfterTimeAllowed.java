package pact.enforcement.domain.lifecycle;

import java.util.Optional;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.NoticeFacts;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.NoticeType;
import pact.enforcement.domain.rules.NoticeRule.Refusal;

/** A warning is breached only by conduct that goes on after the time it allowed. */
public final class BreachAfterTimeAllowed implements TransitionRule {

    @Override
    public String name() {
        return "breach-after-time-allowed";
    }

    @Override
    public Optional<Refusal> check(NoticeFacts notice, StatusChange change, LegalParameters law) {
        if (change.to() != NoticeStatus.BREACHED || notice.type() != NoticeType.COMMUNITY_PROTECTION_WARNING
                || notice.complyBy() == null) {
            return Optional.empty();
        }
        if (!change.on().isAfter(notice.complyBy())) {
            return refuse("The warning allows until " + notice.complyBy() + " to comply; a breach on " + change.on()
                    + " is within that time");
        }
        return Optional.empty();
    }
}
