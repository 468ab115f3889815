package pact.enforcement.domain.rules;

import java.time.Duration;
import java.util.Optional;
import pact.enforcement.domain.IssuingContext;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.NoticeDraft;

/**
 * A dispersal direction excludes a person for at most 48 hours (s.35(2)); a closure notice lasts
 * at most 24 hours, or 48 with a superintendent or council chief executive (s.77(1)). Each must say
 * when it ends, and the cap is configuration.
 */
public final class DirectionWithinMaximumDuration implements NoticeRule {

    @Override
    public String name() {
        return "direction-maximum-duration";
    }

    @Override
    public Optional<Refusal> check(NoticeDraft draft, IssuingContext context) {
        String parameter = switch (draft.type()) {
            case DISPERSAL_DIRECTION -> LegalParameters.DISPERSAL_MAXIMUM_HOURS;
            case CLOSURE_NOTICE -> LegalParameters.CLOSURE_MAXIMUM_HOURS;
            default -> null;
        };
        if (parameter == null) {
            return draft.endsAt() == null ? Optional.empty()
                    : refuse("Only a dispersal direction or closure notice has an end time (endsAt)");
        }
        if (draft.endsAt() == null || !draft.endsAt().isAfter(draft.issuedAt())) {
            return refuse("A " + draft.type() + " must state when it ends (endsAt, after issuedAt)");
        }
        int hours = context.law().intValue(parameter, draft.issuedOn());
        if (Duration.between(draft.issuedAt(), draft.endsAt()).compareTo(Duration.ofHours(hours)) > 0) {
            return refuse("A " + draft.type() + " lasts at most " + hours + " hours (" + draft.type().legalBasis()
                    + "); it would end " + draft.endsAt());
        }
        return Optional.empty();
    }

}
