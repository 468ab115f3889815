package pact.enforcement.domain.rules;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import pact.enforcement.domain.IssuingContext;
import pact.enforcement.domain.NoticeDraft;

/**
 * One statutory rule a notice must pass; it either allows the notice or says why not, and
 * says what issuing it changes on the notices it rests on, so that the check and its
 * consequence are written once, side by side.
 */
public interface NoticeRule {

    /** A short, stable name that errors quote, such as {@code subject-minimum-age}. */
    String name();

    Optional<Refusal> check(NoticeDraft draft, IssuingContext context);

    /**
     * The notices on record that become ESCALATED when a notice this rule allowed is issued (the
     * warning behind a CPN, the CPN behind a penalty); asked only after every rule allowed it.
     */
    default List<UUID> escalates(NoticeDraft draft, IssuingContext context) {
        return List.of();
    }

    /** Why a rule refused a notice or a change to one. */
    record Refusal(String rule, String reason) {
    }

    default Optional<Refusal> refuse(String reason) {
        return Optional.of(new Refusal(name(), reason));
    }
}
