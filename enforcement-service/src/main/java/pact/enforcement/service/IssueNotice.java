package pact.enforcement.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import pact.enforcement.domain.Authorisation;
import pact.enforcement.domain.IssuingContext;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.Notice;
import pact.enforcement.domain.NoticeDraft;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.NoticeSubject;
import pact.enforcement.domain.NoticeTerms;
import pact.enforcement.domain.NoticeType;
import pact.enforcement.domain.OfficerOfRecord;
import pact.enforcement.domain.SubjectKind;
import pact.enforcement.domain.rules.Judgement;
import pact.enforcement.domain.rules.NoticeRules;
import pact.enforcement.mapping.Evidence;
import pact.enforcement.mapping.NoticeRecord;
import pact.enforcement.mapping.NoticeRequest;
import pact.enforcement.mapping.NoticeView;
import pact.enforcement.mapping.Requirement;
import pact.support.problem.ProblemException;
import pact.support.security.Roles;

/**
 * Issues a notice that the rules allow and refuses the rest with the reason. The rules' judgement
 * says what issuing it changes (the warning or CPN it rests on becomes ESCALATED), and this applies
 * exactly that, in the same transaction, with the change feed and the audit entries.
 */
@ApplicationScoped
public class IssueNotice {

    @Inject
    LegalParameterService law;

    @Inject
    AuditLog audit;

    @Inject
    Idempotency idempotency;

    @Inject
    PspoRegister pspos;

    @Inject
    ChangeFeed feed;

    @Inject
    EntityManager em;

    /** Issues a notice once per Idempotency-Key; a retry gets the stored first answer. */
    @Transactional
    public Idempotency.Answer issue(NoticeRequest input, Caller caller, String idempotencyKey, String basePath) {
        if (idempotencyKey != null) {
            Optional<Idempotency.Answer> earlier = idempotency.replay(caller, idempotencyKey, input);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        NoticeRecord issued = NoticeRecord.of(issueNotice(input, caller));
        String location = basePath + "/" + issued.id();
        if (idempotencyKey != null) {
            return idempotency.remember(caller, idempotencyKey, input, 201, location, issued);
        }
        return new Idempotency.Answer(201, location, NoticeRecord.write(issued), false);
    }

    /** The legacy create: rules and audit as in v1, the first-slice response shape. */
    @Transactional
    public NoticeView issueLegacy(NoticeRequest input, Caller caller) {
        return NoticeView.of(issueNotice(input, caller));
    }

    Notice issueNotice(NoticeRequest input, Caller caller) {
        OfficerOfRecord.Decision issuer = OfficerOfRecord.decide(caller.login(), input.issuingOfficer() == null ? null
                : new OfficerOfRecord.Officer(input.issuingOfficer().staffNumber(), input.issuingOfficer().organisation()));
        if (issuer.missingField() != null) {
            throw ProblemException.badField(issuer.missingField(),
                    "is required: name the officer (staff number and organisation) the notice is submitted for");
        }
        issuer.refusal().ifPresent(refusal -> {
            throw ProblemException.forbiddenByRule(refusal.rule(), refusal.reason());
        });
        NoticeDraft draft = validatedDraft(input, issuer.officer(), caller);
        LegalParameters lawInForce = law.current();
        Optional<Notice> related = Optional.empty();
        if (input.relatedNoticeId() != null) {
            related = Notice.<Notice>findByIdOptional(input.relatedNoticeId(), LockModeType.PESSIMISTIC_WRITE);
            if (related.isEmpty()) {
                throw ProblemException.badField("relatedNoticeId", "no notice " + input.relatedNoticeId() + " exists");
            }
        }
        List<Notice> earlier = draft.type() == NoticeType.COMMUNITY_PROTECTION_NOTICE ? earlierWarnings(draft) : List.of();
        List<String> orders = draft.type() == NoticeType.FIXED_PENALTY_PSPO_BREACH && draft.behaviourCode() != null
                ? pspos.applicable(draft.latitude(), draft.longitude(), draft.offenceAt() != null ? draft.offenceAt()
                        : draft.issuedAt(), draft.behaviourCode()).stream().map(PspoRegister.Match::orderId).toList()
                : List.of();
        List<String> whyNoOrder = draft.type() == NoticeType.FIXED_PENALTY_PSPO_BREACH && draft.behaviourCode() != null
                && (orders.isEmpty() || draft.pspoOrderId() != null && !orders.contains(draft.pspoOrderId()))
                ? pspos.whyNot(draft.latitude(), draft.longitude(), draft.offenceAt() != null ? draft.offenceAt()
                        : draft.issuedAt(), draft.behaviourCode(), draft.pspoOrderId())
                : List.of();
        IssuingContext context = new IssuingContext(lawInForce, earlier.stream().map(Notice::facts).toList(),
                related.map(Notice::facts), orders, whyNoOrder);
        Judgement judgement = NoticeRules.judge(draft, context);
        judgement.refusal().ifPresent(refusal -> {
            throw ProblemException.ruleRefused(refusal.rule(), refusal.reason());
        });

        Notice notice = newNotice(input, draft, issuer, orders, NoticeTerms.of(draft, lawInForce), caller);
        notice.persist();
        Map<UUID, Notice> onRecord = java.util.stream.Stream.concat(earlier.stream(), related.stream())
                .collect(Collectors.toMap(n -> n.id, Function.identity(), (a, b) -> a));
        for (UUID id : judgement.escalates()) {
            escalate(onRecord.get(id), notice, caller);
        }
        em.flush();
        feed.record(notice, "CREATED");
        audit.record(caller, AuditLog.Action.COLLECT, AuditLog.NOTICE, notice.id.toString(), "issued " + notice.type,
                OfficerOfRecord.statement(notice.submittedBy, notice.officerStaffNumber,
                        Roles.MET_SYSTEM.equals(notice.officerRole))
                        + "; subject and conduct recorded; report " + notice.reportId + ", task " + notice.taskId);
        return notice;
    }

    private static Notice newNotice(NoticeRequest input, NoticeDraft draft, OfficerOfRecord.Decision issuer,
            List<String> orders, NoticeTerms terms, Caller caller) {
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.type = draft.type();
        notice.legalBasis = draft.type().legalBasis();
        notice.status = NoticeStatus.ISSUED;
        notice.subjectKind = draft.subjectKind();
        notice.subjectName = draft.subjectName();
        notice.subjectDateOfBirth = draft.subjectDateOfBirth();
        notice.subjectId = draft.subjectId();
        notice.officerStaffNumber = draft.officerStaffNumber();
        notice.officerOrganisation = draft.officerOrganisation();
        notice.officerRole = issuingRole(caller);
        notice.submittedBy = issuer.submittedBy();
        notice.conduct = draft.conduct();
        notice.conductCode = draft.conductCode();
        notice.latitude = draft.latitude();
        notice.longitude = draft.longitude();
        notice.locationDescription = input.locationDescription();
        notice.issuedAt = draft.issuedAt();
        notice.offenceAt = draft.offenceAt() != null ? draft.offenceAt() : draft.issuedAt();
        notice.complyBy = draft.complyBy();
        notice.endsAt = draft.endsAt();
        notice.relatedNoticeId = draft.relatedNoticeId();
        notice.reportId = input.reportId();
        notice.taskId = input.taskId();
        notice.pspoOrderId = draft.type() == NoticeType.FIXED_PENALTY_PSPO_BREACH
                ? (draft.pspoOrderId() != null ? draft.pspoOrderId() : orders.get(0)) : null;
        notice.behaviourCode = draft.behaviourCode();
        boolean hasRequirements = input.requirements() != null && !input.requirements().isEmpty();
        notice.requirements = hasRequirements ? NoticeRecord.write(input.requirements()) : null;
        notice.recordRequirementKinds(hasRequirements
                ? input.requirements().stream().map(Requirement::kindOrDo).toList() : List.of());
        notice.evidence = input.evidence() == null || input.evidence().isEmpty() ? null
                : NoticeRecord.write(input.evidence());
        if (draft.authorisation() != null) {
            notice.authorisedBy = draft.authorisation().by();
            notice.authorisedAuthority = draft.authorisation().authority();
        }
        notice.amount = NoticeVersions.money(terms.amount());
        notice.discountAmount = NoticeVersions.money(terms.discountAmount());
        notice.discountUntil = terms.discountUntil();
        notice.dueDate = terms.dueDate();
        notice.proceedingsFrom = terms.proceedingsFrom();
        notice.appealBy = terms.appealBy();
        notice.recordedBy = caller.name();
        notice.recordedAt = Instant.now();
        notice.statusChangedAt = notice.recordedAt;
        return notice;
    }

    private void escalate(Notice earlier, Notice by, Caller caller) {
        NoticeStatus from = earlier.status;
        earlier.status = NoticeStatus.ESCALATED;
        earlier.statusChangedAt = Instant.now();
        em.flush();
        feed.record(earlier, "STATUS");
        audit.record(caller, AuditLog.Action.ALTER, AuditLog.NOTICE, earlier.id.toString(), "escalated by " + by.type,
                from + " -> ESCALATED by notice " + by.id);
    }

    /** Warnings for the same conduct to the same subject: by subject id when given, else name and date of birth. */
    private static List<Notice> earlierWarnings(NoticeDraft draft) {
        NoticeSubject subject = draft.subject();
        Parameters params = Parameters.with("type", NoticeType.COMMUNITY_PROTECTION_WARNING)
                .and("code", draft.conductCode()).and("before", draft.issuedAt())
                .and("name", NoticeSubject.normalised(subject.name()));
        String who = "lower(subjectName) = :name";
        if (subject.dateOfBirth() != null) {
            who += " and subjectDateOfBirth = :dob";
            params = params.and("dob", subject.dateOfBirth());
        }
        if (subject.id() != null) {
            who = "(" + who + ") or lower(subjectId) = :id";
            params = params.and("id", NoticeSubject.normalised(subject.id()));
        }
        return Notice.<Notice>find("type = :type and conductCode = :code and issuedAt < :before and (" + who + ") "
                + "order by issuedAt", params).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    static String issuingRole(Caller caller) {
        for (String role : List.of(Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.MET_SYSTEM)) {
            if (caller.has(role)) {
                return role;
            }
        }
        return null;
    }

    private static NoticeDraft validatedDraft(NoticeRequest input, OfficerOfRecord.Officer officer, Caller caller) {
        if (input.subject().kind() == SubjectKind.PERSON && input.subject().dateOfBirth() == null) {
            throw ProblemException.badField("subject.dateOfBirth", "is required for a person");
        }
        if (input.offenceAt() != null && input.offenceAt().isAfter(input.issuedAt())) {
            throw ProblemException.badField("offenceAt", "cannot be after issuedAt");
        }
        if (input.evidence() != null) {
            for (int i = 0; i < input.evidence().size(); i++) {
                checkEvidence(i, input.evidence().get(i));
            }
        }
        String name = input.subject().name().strip().replaceAll("\\s+", " ");
        String subjectId = blankToNull(input.subject().id());
        Authorisation authorisation = input.authorisation() == null ? null
                : new Authorisation(input.authorisation().by().strip(), input.authorisation().authority());
        return new NoticeDraft(input.type(), input.subject().kind(), name, input.subject().dateOfBirth(),
                officer.staffNumber(), officer.organisation(), caller.roles(),
                input.conduct().strip(), input.conductCode() != null ? input.conductCode() : "OTHER",
                input.location().lat(), input.location().lon(), input.issuedAt().toInstant(), input.complyBy(),
                input.relatedNoticeId(), blankToNull(input.pspoOrderId()), blankToNull(input.behaviourCode()),
                input.offenceAt() != null ? input.offenceAt().toInstant() : null, input.amount(),
                input.endsAt() != null ? input.endsAt().toInstant() : null, subjectId, authorisation);
    }

    private static void checkEvidence(int i, Evidence e) {
        if (e.kind() == Evidence.Kind.CCTV) {
            if (e.cameraId() == null || e.cameraId().isBlank()) {
                throw ProblemException.badField("evidence[" + i + "].cameraId", "is required for CCTV");
            }
            if (e.from() == null || e.to() == null || !e.from().isBefore(e.to())) {
                throw ProblemException.badField("evidence[" + i + "].to", "CCTV needs a time range with from before to");
            }
        } else if (e.reference() == null || e.reference().isBlank()) {
            throw ProblemException.badField("evidence[" + i + "].reference", "is required for " + e.kind());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
