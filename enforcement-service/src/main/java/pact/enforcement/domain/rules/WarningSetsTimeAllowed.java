package pact.enforcement.domain.rules;

import java.util.Optional;
import pact.enforcement.domain.IssuingContext;
import pact.enforcement.domain.NoticeDraft;
import pact.enforcement.domain.NoticeType;

/** A CPW must say how long the recipient has to change the conduct (the Act sets no number: it is set per case). */
public final class WarningSetsTimeAllowed implements NoticeRule {

    @Override
    public String name() {
        return "warning-time-allowed";
    }

    @Override
    public Optional<Refusal> check(NoticeDraft draft, IssuingContext context) {
        if (draft.type() != NoticeType.COMMUNITY_PROTECTION_WARNING) {
            return Optional.empty();
        }
        if (draft.complyBy() == null || !draft.complyBy().isAfter(draft.issuedOn())) {
            return refuse("A Community Protection Warning must allow time to comply: complyBy must be a day after "
                    + draft.issuedOn());
        }
        return Optional.empty();
    }
}
