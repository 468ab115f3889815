package pact.enforcement.domain.lifecycle;

import java.util.Optional;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.NoticeFacts;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.rules.NoticeRule.Refusal;

/** No proceedings for the offence within 14 days following the date of a fixed penalty notice (s.52(5), s.68(5)). */
public final class NoProsecutionWithinWindow implements TransitionRule {

    @Override
    public String name() {
        return "no-prosecution-window";
    }

    @Override
    public Optional<Refusal> check(NoticeFacts notice, StatusChange change, LegalParameters law) {
        if (change.to() != NoticeStatus.ESCALATED || !notice.type().isPenalty()) {
            return Optional.empty();
        }
        if (change.on().isBefore(notice.proceedingsFrom())) {
            return refuse("No proceedings may be taken before " + notice.proceedingsFrom()
                    + " (the period following the penalty notice of " + notice.issuedOn() + ")");
        }
        return Optional.empty();
    }
}
