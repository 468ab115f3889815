package pact.enforcement.domain.rules;

import java.util.Optional;
import pact.enforcement.domain.IssuingContext;
import pact.enforcement.domain.NoticeDraft;

/** One statutory rule a notice must pass; it either allows the notice or says why not. */
public interface NoticeRule {

    /** A short, stable name that errors quote, such as {@code subject-minimum-age}. */
    String name();

    Optional<Refusal> check(NoticeDraft draft, IssuingContext context);

    /** Why a rule refused a notice or a change to one. */
    record Refusal(String rule, String reason) {
    }

    default Optional<Refusal> refuse(String reason) {
        return Optional.of(new Refusal(name(), reason));
    }
}
