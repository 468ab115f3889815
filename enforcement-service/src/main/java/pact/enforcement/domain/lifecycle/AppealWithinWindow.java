package pact.enforcement.domain.lifecycle;

import java.util.Optional;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.NoticeFacts;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.rules.NoticeRule.Refusal;

/** An appeal against a CPN is lodged within 21 days beginning with the day of issue (s.46(2)); the period is configuration, fixed on the notice at issue. */
public final class AppealWithinWindow implements TransitionRule {

    @Override
    public String name() {
        return "appeal-window";
    }

    @Override
    public Optional<Refusal> check(NoticeFacts notice, StatusChange change, LegalParameters law) {
        if (change.to() != NoticeStatus.APPEALED) {
            return Optional.empty();
        }
        if (notice.appealBy() == null) {
            return refuse("A " + notice.type() + " cannot be appealed");
        }
        if (change.on().isBefore(notice.issuedOn()) || change.on().isAfter(notice.appealBy())) {
            return refuse("An appeal lodged on " + change.on() + " is outside the window from " + notice.issuedOn()
                    + " to " + notice.appealBy());
        }
        return Optional.empty();
    }
}
