package pact.enforcement.domain.rules;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import pact.enforcement.domain.Breach;
import pact.enforcement.domain.IssuingContext;
import pact.enforcement.domain.NoticeDraft;
import pact.enforcement.domain.NoticeFacts;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.NoticeType;
import pact.enforcement.domain.RequirementKind;

/**
 * A fixed penalty under s.52 rests on a CPN to the same subject that has been breached; the CPN
 * is then escalated. While a CPN is under appeal only its "stop" requirements are in force
 * (s.46(3)-(4)), so a breach recorded then supports a penalty only when a stop requirement was
 * breached.
 */
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
        Breach breach = cpn.breach();
        if (breach != null && breach.underAppeal()
                && breach.requirements().stream().noneMatch(n -> cpn.requirement(n) == RequirementKind.STOP)) {
            return refuse("The Community Protection Notice " + cpn.id() + " was under appeal when breached, and only "
                    + "its stop requirements were in force; the breach names requirements " + breach.requirements()
                    + ", none of them a stop requirement (s.46(3)-(4))");
        }
        return Optional.empty();
    }

    @Override
    public List<UUID> escalates(NoticeDraft draft, IssuingContext context) {
        return draft.type() == NoticeType.FIXED_PENALTY_CPN_BREACH
                ? context.related().map(cpn -> List.of(cpn.id())).orElse(List.of()) : List.of();
    }
}
