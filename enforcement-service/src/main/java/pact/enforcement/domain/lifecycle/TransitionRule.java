package pact.enforcement.domain.lifecycle;

import java.util.Optional;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.NoticeFacts;
import pact.enforcement.domain.rules.NoticeRule.Refusal;

/** One precondition a change of a notice's status must meet. */
public interface TransitionRule {

    String name();

    Optional<Refusal> check(NoticeFacts notice, StatusChange change, LegalParameters law);

    default Optional<Refusal> refuse(String reason) {
        return Optional.of(new Refusal(name(), reason));
    }
}
