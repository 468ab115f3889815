package pact.enforcement.domain.rules;

import java.util.Optional;
import java.util.Set;
import pact.enforcement.domain.IssuingContext;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.NoticeDraft;
import pact.enforcement.domain.NoticeType;

/**
 * A closure notice is issued by a police officer of at least the rank of inspector, or by the
 * local authority (s.76(1)); the officer who serves it records who authorised it, in what rank
 * or office.
 */
public final class ClosureNeedsAuthority implements NoticeRule {

    @Override
    public String name() {
        return "closure-authority";
    }

    @Override
    public Optional<Refusal> check(NoticeDraft draft, IssuingContext context) {
        if (draft.type() != NoticeType.CLOSURE_NOTICE) {
            return draft.authorisation() == null ? Optional.empty()
                    : refuse("Only a closure notice records an authorisation; a " + draft.type() + " rests on the "
                            + "issuing officer's own power");
        }
        if (draft.authorisation() == null) {
            return refuse("A closure notice is issued by a police officer of at least the rank of inspector or by the "
                    + "local authority (s.76(1)): name who authorised it and in what rank or office (authorisation)");
        }
        Set<String> holders = context.law().setValue(LegalParameters.CLOSURE_ISSUING_AUTHORITIES, draft.issuedOn());
        if (!holders.contains(draft.authorisation().authority().name())) {
            return refuse("A " + draft.authorisation().authority() + " cannot authorise a closure notice (s.76(1)); "
                    + "it may be authorised by " + holders.stream().sorted().toList());
        }
        return Optional.empty();
    }
}
