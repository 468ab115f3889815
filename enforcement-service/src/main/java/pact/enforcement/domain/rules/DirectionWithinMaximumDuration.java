package pact.enforcement.domain.rules;

import java.time.Duration;
import java.util.Optional;
import pact.enforcement.domain.IssuingContext;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.NoticeDraft;
import pact.enforcement.domain.NoticeType;

/**
 * A dispersal direction excludes a person for at most 48 hours (s.35(2)) and must say when it
 * ends; the cap is configuration. Closure notices have their own rule
 * ({@link ClosureWithinMaximumDuration}); no other notice carries an end time.
 */
public final class DirectionWithinMaximumDuration implements NoticeRule {

    @Override
    public String name() {
        return "direction-maximum-duration";
    }

    @Override
    public Optional<Refusal> check(NoticeDraft draft, IssuingContext context) {
        if (draft.type() == NoticeType.CLOSURE_NOTICE) {
            return Optional.empty();
        }
        if (draft.type() != NoticeType.DISPERSAL_DIRECTION) {
            return draft.endsAt() == null ? Optional.empty()
                    : refuse("Only a dispersal direction or closure notice has an end time (endsAt)");
        }
        if (draft.endsAt() == null || !draft.endsAt().isAfter(draft.issuedAt())) {
            return refuse("A " + draft.type() + " must state when it ends (endsAt, after issuedAt)");
        }
        int hours = context.law().intValue(LegalParameters.DISPERSAL_MAXIMUM_HOURS, draft.issuedOn());
        if (Duration.between(draft.issuedAt(), draft.endsAt()).compareTo(Duration.ofHours(hours)) > 0) {
            return refuse("A " + draft.type() + " lasts at most " + hours + " hours (" + draft.type().legalBasis()
                    + "); it would end " + draft.endsAt());
        }
        return Optional.empty();
    }

}
