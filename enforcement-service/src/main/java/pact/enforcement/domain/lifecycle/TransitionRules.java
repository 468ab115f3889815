package pact.enforcement.domain.lifecycle;

import java.util.List;
import java.util.Optional;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.NoticeFacts;
import pact.enforcement.domain.rules.NoticeRule.Refusal;

/** Every precondition of a status change, in the order checked: the one place that lists them. */
public final class TransitionRules {
    private static final List<TransitionRule> CURRENT = List.of(
            new NoticeLifecycle(),
            new AppealWithinWindow(),
            new AppealSuspendsRequirements(),
            new BreachNamesRequirements(),
            new BreachAfterTimeAllowed(),
            new ExpiresOnlyAtItsEnd(),
            new UnpaidAfterDueDate(),
            new NoProsecutionWithinWindow());

    private TransitionRules() {
    }

    public static List<TransitionRule> current() {
        return CURRENT;
    }

    public static Optional<Refusal> firstRefusal(NoticeFacts notice, StatusChange change, LegalParameters law) {
        return CURRENT.stream().map(rule -> rule.check(notice, change, law)).flatMap(Optional::stream).findFirst();
    }
}
