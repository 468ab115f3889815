package pact.enforcement.domain.rules;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import pact.enforcement.domain.IssuingContext;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.NoticeDraft;
import pact.enforcement.domain.NoticeType;

/**
 * A closure notice lasts at most 24 hours, or at most 48 when a police superintendent (or above)
 * or the council's chief executive (or their designate) authorised it (s.77(1)). Both caps and
 * who may extend are configuration.
 */
public final class ClosureWithinMaximumDuration implements NoticeRule {

    @Override
    public String name() {
        return "closure-maximum-duration";
    }

    @Override
    public Optional<Refusal> check(NoticeDraft draft, IssuingContext context) {
        if (draft.type() != NoticeType.CLOSURE_NOTICE || draft.authorisation() == null) {
            return Optional.empty();
        }
        if (draft.endsAt() == null || !draft.endsAt().isAfter(draft.issuedAt())) {
            return refuse("A closure notice must state when it ends (endsAt, after issuedAt)");
        }
        LegalParameters law = context.law();
        int standard = law.intValue(LegalParameters.CLOSURE_MAXIMUM_HOURS, draft.issuedOn());
        int extended = law.intValue(LegalParameters.CLOSURE_EXTENDED_MAXIMUM_HOURS, draft.issuedOn());
        Set<String> extenders = law.setValue(LegalParameters.CLOSURE_EXTENDING_AUTHORITIES, draft.issuedOn());
        Duration length = Duration.between(draft.issuedAt(), draft.endsAt());
        if (length.compareTo(Duration.ofHours(extended)) > 0) {
            return refuse("A closure notice lasts at most " + extended + " hours (s.77(1)); this one would last "
                    + hours(length));
        }
        if (length.compareTo(Duration.ofHours(standard)) > 0
                && !extenders.contains(draft.authorisation().authority().name())) {
            return refuse("A closure notice lasts at most " + standard + " hours unless " + extenders.stream().sorted()
                    .toList() + " authorised it (s.77(1)); this one would last " + hours(length) + " on the authority of a "
                    + draft.authorisation().authority());
        }
        return Optional.empty();
    }

    private static String hours(Duration length) {
        long minutes = length.toMinutes();
        return minutes % 60 == 0 ? (minutes / 60) + " hours" : (minutes / 60) + " hours " + (minutes % 60) + " minutes";
    }
}
