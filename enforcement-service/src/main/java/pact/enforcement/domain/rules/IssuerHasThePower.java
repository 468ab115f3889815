package pact.enforcement.domain.rules;

import java.util.Optional;
import java.util.Set;
import pact.enforcement.domain.IssuingContext;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.NoticeDraft;

/**
 * Only a role that holds the power may give a notice of each type (s.53 for community
 * protection, s.35 dispersal, s.76 closure); which roles hold it is effective-dated configuration.
 */
public final class IssuerHasThePower implements NoticeRule {

    @Override
    public String name() {
        return "issuing-power";
    }

    @Override
    public Optional<Refusal> check(NoticeDraft draft, IssuingContext context) {
        Set<String> holders = context.law().setValue(LegalParameters.POWER_PREFIX + draft.type(), draft.issuedOn());
        if (draft.issuerRoles().stream().noneMatch(holders::contains)) {
            return refuse("The power to give a " + draft.type() + " (" + draft.type().legalBasis()
                    + ") is held only by " + holders.stream().sorted().toList());
        }
        return Optional.empty();
    }
}
