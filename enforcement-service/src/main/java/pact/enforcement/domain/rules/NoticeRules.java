package pact.enforcement.domain.rules;

import java.util.List;
import java.util.Optional;
import pact.enforcement.domain.IssuingContext;
import pact.enforcement.domain.NoticeDraft;

/** Every rule a new notice must pass, in the order they are checked: the one place that lists them. */
public final class NoticeRules {
    private static final List<NoticeRule> CURRENT = List.of(
            // The specific refusal for the best-known case (a City Inspector's dispersal) before the general one.
            new DispersalIsForPolice(),
            new IssuerHasThePower(),
            new SubjectMinimumAge(),
            new WarningSetsTimeAllowed(),
            new WarningBeforeNotice(),
            new DirectionWithinMaximumDuration(),
            new ClosureNeedsAuthority(),
            new ClosureWithinMaximumDuration(),
            new PenaltyNeedsBreachedNotice(),
            new PenaltyNeedsPspoBreach(),
            new PenaltyWithinMaximum());

    private NoticeRules() {
    }

    public static List<NoticeRule> current() {
        return CURRENT;
    }

    /** The first refusal, if any rule refuses. */
    public static Optional<NoticeRule.Refusal> firstRefusal(NoticeDraft draft, IssuingContext context) {
        return CURRENT.stream().map(rule -> rule.check(draft, context)).flatMap(Optional::stream).findFirst();
    }

    /** The first refusal, or, when every rule allows the draft, what issuing it changes. */
    public static Judgement judge(NoticeDraft draft, IssuingContext context) {
        Optional<NoticeRule.Refusal> refusal = firstRefusal(draft, context);
        if (refusal.isPresent()) {
            return new Judgement(refusal, List.of());
        }
        return new Judgement(Optional.empty(), CURRENT.stream().flatMap(rule -> rule.escalates(draft, context).stream())
                .distinct().toList());
    }
}
