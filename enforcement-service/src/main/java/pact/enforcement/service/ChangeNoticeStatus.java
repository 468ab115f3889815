package pact.enforcement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.Notice;
import pact.enforcement.domain.NoticeDraft;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.ProsecutionFile;
import pact.enforcement.domain.lifecycle.StatusChange;
import pact.enforcement.domain.lifecycle.TransitionRules;
import pact.enforcement.mapping.NoticeRecord;
import pact.enforcement.mapping.Requirement;
import pact.enforcement.mapping.StatusChangeRequest;
import pact.support.problem.ProblemException;
import pact.support.security.Roles;

/** Moves a notice through its lifecycle when every transition rule allows it. */
@ApplicationScoped
public class ChangeNoticeStatus {
    /** Appeal outcomes and withdrawals are for the legal team (or a Met system acting for the court record). */
    static final Set<NoticeStatus> ADMIN_ONLY = Set.of(NoticeStatus.QUASHED, NoticeStatus.MODIFIED, NoticeStatus.UPHELD,
            NoticeStatus.WITHDRAWN);

    @Inject
    LegalParameterService law;

    @Inject
    AuditLog audit;

    @Inject
    ChangeFeed feed;

    @Inject
    EntityManager em;

    /** Moves a notice to a new status when its version matches and every transition rule allows it. */
    @Transactional
    public NoticeRecord change(UUID id, StatusChangeRequest request, Long ifMatch, Caller caller) {
        Notice notice = NoticeVersions.lockedForChange(id, ifMatch);
        if (ADMIN_ONLY.contains(request.status()) && !caller.has(Roles.ENFORCEMENT_ADMIN)
                && !caller.has(Roles.MET_SYSTEM)) {
            throw ProblemException.forbiddenByRule("legal-team-decides",
                    request.status() + " is recorded by the legal team (enforcement-admin)");
        }
        if (request.status() == NoticeStatus.PAID) {
            throw ProblemException.ruleRefused("payment-record", "A penalty becomes PAID by recording its payment");
        }
        // an empty list, as generated clients send for a member left unset, says nothing outside MODIFIED
        boolean replacesRequirements = request.status() == NoticeStatus.MODIFIED && request.requirements() != null;
        if (request.requirements() != null && !request.requirements().isEmpty() && !replacesRequirements) {
            throw ProblemException.badField("requirements", "are replaced only when a court MODIFIED the notice");
        }
        LocalDate on = request.on() != null ? request.on() : LocalDate.now(NoticeDraft.LONDON);
        apply(notice, new StatusChange(request.status(), on, request.breachedRequirements()), request.note(),
                law.current(), caller);
        if (replacesRequirements) {
            notice.requirements = request.requirements().isEmpty() ? null : NoticeRecord.write(request.requirements());
            notice.recordRequirementKinds(request.requirements().stream().map(Requirement::kindOrDo).toList());
            em.flush();
        }
        return NoticeRecord.of(notice);
    }

    /** Checks and applies one status change, opening a prosecution file when a penalty is escalated. */
    void apply(Notice notice, StatusChange change, String note, LegalParameters lawInForce, Caller caller) {
        TransitionRules.firstRefusal(notice.facts(), change, lawInForce).ifPresent(refusal -> {
            throw ProblemException.ruleRefused(refusal.rule(), refusal.reason());
        });
        NoticeStatus from = notice.status;
        NoticeStatus to = change.to();
        if (to == NoticeStatus.BREACHED) {
            notice.recordBreach(change.breachedRequirements());
        }
        notice.status = to;
        notice.statusChangedAt = Instant.now();
        if (to == NoticeStatus.APPEALED) {
            notice.appealLodgedOn = change.on();
        }
        if (to == NoticeStatus.ESCALATED && notice.type.isPenalty()) {
            ProsecutionFile file = new ProsecutionFile();
            file.id = UUID.randomUUID();
            file.noticeId = notice.id;
            file.openedOn = change.on();
            file.openedBy = caller.name();
            file.note = note;
            file.persist();
        }
        em.flush();
        feed.record(notice, "STATUS");
        audit.record(caller, AuditLog.Action.ALTER, AuditLog.NOTICE, notice.id.toString(), "status change",
                from + " -> " + to + " on " + change.on()
                        + (change.breachedRequirements().isEmpty() ? "" : " (requirements " + change.breachedRequirements() + ")")
                        + (note != null ? ": " + note : ""));
    }
}
