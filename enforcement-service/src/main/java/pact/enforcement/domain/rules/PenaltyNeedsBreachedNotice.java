package pact.enforcement.domain.rules;

import java.util.Optional;
import pact.enforcement.domain.IssuingContext;
import pact.enforcement.domain.NoticeDraft;
import pact.enforcement.domain.NoticeFacts;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.NoticeType;

/** A fixed penalty under s.52 rests on a CPN to the same subject that has been breached. */
public final class PenaltyNeedsBreachedNotice implements NoticeRule {

    @Override
    public String name() {
        return "penalty-needs-breached-cpn";
    }

    @Override
    public Optional<Refusal> check(NoticeDraft draft, IssuingContext context) {
        if (draft.type() != NoticeType.FIXED_PENALTY_CPN_BREACH) {
            return Optional.empty();
        }
        if (context.related().isEmpty()) {
            return refuse("A fixed penalty for a CPN breach must name the breached Community Protection Notice "
                    + "(relatedNoticeId)");
        }
        NoticeFacts cpn = context.related().get();
        if (cpn.type() != NoticeType.COMMUNITY_PROTECTION_NOTICE) {
            return refuse("Notice " + cpn.id() + " is a " + cpn.type() + ", not a Community Protection Notice");
        }
        if (!cpn.subject().sameAs(draft.subject())) {
            return refuse("The Community Protection Notice " + cpn.id() + " was given to a different subject");
        }
        if (cpn.status() != NoticeStatus.BREACHED) {
            return refuse("The Community Protection Notice " + cpn.id() + " is " + cpn.status()
                    + "; a fixed penalty needs it recorded as BREACHED");
        }
        return Optional.empty();
    }
}
