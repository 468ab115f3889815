package pact.enforcement.domain.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import pact.enforcement.domain.IssuingContext;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.NoticeDraft;
import pact.enforcement.domain.NoticeType;
import pact.enforcement.domain.SubjectKind;

/** A CPW or CPN only to a person aged 16 or over (s.43(1)); a dispersal direction only to one aged 10 or over (s.35(1)). */
public final class SubjectMinimumAge implements NoticeRule {
    @Override
    public String name() {
        return "subject-minimum-age";
    }

    @Override
    public Optional<Refusal> check(NoticeDraft draft, IssuingContext context) {
        if (draft.subjectKind() != SubjectKind.PERSON) {
            return Optional.empty();
        }
        String parameter;
        if (draft.type().isCommunityProtection()) {
            parameter = LegalParameters.COMMUNITY_PROTECTION_MINIMUM_AGE;
        } else if (draft.type() == NoticeType.DISPERSAL_DIRECTION) {
            parameter = LegalParameters.DISPERSAL_MINIMUM_AGE;
        } else {
            return Optional.empty();
        }
        LocalDate issuedOn = draft.issuedOn();
        int minimum = context.law().intValue(parameter, issuedOn);
        int age = Period.between(draft.subjectDateOfBirth(), issuedOn).getYears();
        if (age < minimum) {
            return refuse("A " + draft.type() + " may only be given to a person aged " + minimum
                    + " or over (" + draft.type().legalBasis() + "); the subject is " + age + " on " + issuedOn);
        }
        return Optional.empty();
    }
}
