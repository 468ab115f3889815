package pact.enforcement.domain.rules;

import java.util.Optional;
import pact.enforcement.domain.IssuingOrganisation;
import pact.enforcement.domain.IssuingContext;
import pact.enforcement.domain.NoticeDraft;
import pact.enforcement.domain.NoticeType;
import pact.enforcement.domain.SubjectKind;

/**
 * A dispersal direction is given by a constable in uniform or a designated PCSO (s.35), to a
 * person: never by a City Inspector or other council officer, never to a body.
 */
public final class DispersalIsForPolice implements NoticeRule {

    @Override
    public String name() {
        return "dispersal-police-only";
    }

    @Override
    public Optional<Refusal> check(NoticeDraft draft, IssuingContext context) {
        if (draft.type() != NoticeType.DISPERSAL_DIRECTION) {
            return Optional.empty();
        }
        if (draft.officerOrganisation() != IssuingOrganisation.MET_POLICE
                || draft.issuerRoles().contains("city-inspector")) {
            return refuse("Only a police constable or designated PCSO may give a dispersal direction ("
                    + draft.type().legalBasis() + "); City Inspectors cannot");
        }
        if (draft.subjectKind() != SubjectKind.PERSON) {
            return refuse("A dispersal direction is given to a person, not a body");
        }
        return Optional.empty();
    }
}
