package pact.enforcement.domain.lifecycle;

import java.time.ZoneId;
import java.util.Optional;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.NoticeFacts;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.rules.NoticeRule.Refusal;

/** A direction or closure notice with a stated end expires on or after the day it ends, not before. */
public final class ExpiresOnlyAtItsEnd implements TransitionRule {
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Override
    public String name() {
        return "expiry-after-end";
    }

    @Override
    public Optional<Refusal> check(NoticeFacts notice, StatusChange change, LegalParameters law) {
        if (change.to() != NoticeStatus.EXPIRED || notice.endsAt() == null) {
            return Optional.empty();
        }
        if (change.on().isBefore(notice.endsAt().atZone(LONDON).toLocalDate())) {
            return refuse("The " + notice.type() + " runs until " + notice.endsAt() + "; it has not expired on "
                    + change.on());
        }
        return Optional.empty();
    }
}
