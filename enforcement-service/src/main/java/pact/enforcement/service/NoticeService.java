package pact.enforcement.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import pact.enforcement.domain.LegalParameterRow;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.Notice;
import pact.enforcement.domain.NoticeDraft;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.NoticeType;
import pact.enforcement.domain.SubjectKind;
import pact.enforcement.domain.rules.NoticeRules;
import pact.enforcement.mapping.NewNotice;
import pact.enforcement.mapping.NoticeView;
import pact.support.paging.PageRequest;
import pact.support.paging.PageResponse;
import pact.support.problem.ProblemException;

/** Records notices that the rules allow and refuses the rest with the reason; owns the transactions. */
@ApplicationScoped
public class NoticeService {
    static final Set<String> SORTABLE = Set.of("issuedAt", "type", "status");

    @Transactional
    public NoticeView issue(NewNotice input, String recordedBy, Set<String> issuerRoles) {
        if (input.subject().kind() == SubjectKind.PERSON && input.subject().dateOfBirth() == null) {
            throw ProblemException.badField("subject.dateOfBirth", "is required for a person");
        }
        NoticeDraft draft = new NoticeDraft(input.type(), input.subject().kind(), input.subject().name().strip(),
                input.subject().dateOfBirth(), input.issuingOfficer().staffNumber(),
                input.issuingOfficer().organisation(), issuerRoles, input.conduct().strip(),
                input.location().lat(), input.location().lon(), input.issuedAt().toInstant());
        NoticeRules.firstRefusal(draft, legalParameters()).ifPresent(refusal -> {
            throw ProblemException.ruleRefused(refusal.rule(), refusal.reason());
        });
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.type = draft.type();
        notice.legalBasis = draft.type().legalBasis();
        notice.status = NoticeStatus.ISSUED;
        notice.subjectKind = draft.subjectKind();
        notice.subjectName = draft.subjectName();
        notice.subjectDateOfBirth = draft.subjectDateOfBirth();
        notice.officerStaffNumber = draft.officerStaffNumber();
        notice.officerOrganisation = draft.officerOrganisation();
        notice.conduct = draft.conduct();
        notice.latitude = draft.latitude();
        notice.longitude = draft.longitude();
        notice.issuedAt = draft.issuedAt();
        notice.recordedBy = recordedBy;
        notice.recordedAt = Instant.now();
        notice.persist();
        return NoticeView.of(notice);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<NoticeView> find(UUID id) {
        return Notice.<Notice>findByIdOptional(id).map(NoticeView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<NoticeView> list(NoticeType type, PageRequest paging) {
        Sort sort = paging.sort(SORTABLE, "issuedAt", Sort.Direction.Descending);
        if (type == null) {
            return PageResponse.of(Notice.findAll(sort), paging, NoticeView::of);
        }
        return PageResponse.of(Notice.find("type = :type", sort, Parameters.with("type", type)), paging,
                NoticeView::of);
    }

    LegalParameters legalParameters() {
        return new LegalParameters(LegalParameterRow.<LegalParameterRow>listAll().stream()
                .map(row -> new LegalParameters.Entry(row.key.name, row.key.effectiveFrom, row.value))
                .toList());
    }
}
