package pact.enforcement.domain.rules;

import java.util.List;
import java.util.Optional;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.NoticeDraft;

/** Every rule a new notice must pass, in the order they are checked: the one place that lists them. */
public final class NoticeRules {
    private static final List<NoticeRule> CURRENT = List.of(
            new DispersalIsForPolice(),
            new SubjectMinimumAge());

    private NoticeRules() {
    }

    public static List<NoticeRule> current() {
        return CURRENT;
    }

    /** The first refusal, if any rule refuses. */
    public static Optional<NoticeRule.Refusal> firstRefusal(NoticeDraft draft, LegalParameters law) {
        return CURRENT.stream().map(rule -> rule.check(draft, law)).flatMap(Optional::stream).findFirst();
    }
}
