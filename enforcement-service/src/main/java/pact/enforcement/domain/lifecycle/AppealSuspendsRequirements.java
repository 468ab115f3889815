package pact.enforcement.domain.lifecycle;

import java.util.Optional;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.NoticeFacts;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.RequirementKind;
import pact.enforcement.domain.rules.NoticeRule.Refusal;

/**
 * While a CPN is under appeal only its "stop" requirements stay in force (s.46(3)-(4)); the others
 * are suspended, so a breach recorded during an appeal may name only stop requirements.
 */
public final class AppealSuspendsRequirements implements TransitionRule {

    @Override
    public String name() {
        return "appeal-suspends-requirements";
    }

    @Override
    public Optional<Refusal> check(NoticeFacts notice, StatusChange change, LegalParameters law) {
        if (notice.status() != NoticeStatus.APPEALED || change.to() != NoticeStatus.BREACHED) {
            return Optional.empty();
        }
        if (!notice.hasStopRequirement()) {
            return refuse("While the notice is under appeal its requirements other than \"stop\" requirements are "
                    + "suspended; it has no stop requirement that could be breached");
        }
        for (int n : change.breachedRequirements()) {
            RequirementKind kind = notice.requirement(n);
            if (kind != null && kind != RequirementKind.STOP) {
                return refuse("Requirement " + n + " (" + kind + ") is suspended while the notice is under appeal; "
                        + "only its stop requirements can be breached until the appeal is decided");
            }
        }
        return Optional.empty();
    }
}
