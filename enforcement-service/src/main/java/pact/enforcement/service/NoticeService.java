package pact.enforcement.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import pact.enforcement.domain.IssuingContext;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.Notice;
import pact.enforcement.domain.NoticeChange;
import pact.enforcement.domain.NoticeDraft;
import pact.enforcement.domain.NoticeFacts;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.NoticeSubject;
import pact.enforcement.domain.NoticeTerms;
import pact.enforcement.domain.NoticeType;
import pact.enforcement.domain.Payment;
import pact.enforcement.domain.ProsecutionFile;
import pact.enforcement.domain.SubjectKind;
import pact.enforcement.domain.lifecycle.PaymentRule;
import pact.enforcement.domain.lifecycle.StatusChange;
import pact.enforcement.domain.lifecycle.TransitionRules;
import pact.enforcement.domain.rules.NoticeRules;
import pact.enforcement.mapping.ChangeView;
import pact.enforcement.mapping.CursorPage;
import pact.enforcement.mapping.Evidence;
import pact.enforcement.mapping.NoticeGroup;
import pact.enforcement.mapping.NoticeRecord;
import pact.enforcement.mapping.NoticeRequest;
import pact.enforcement.mapping.NoticeView;
import pact.enforcement.mapping.PaymentRequest;
import pact.enforcement.mapping.PaymentView;
import pact.enforcement.mapping.StatusChangeRequest;
import pact.support.paging.PageRequest;
import pact.support.paging.PageResponse;
import pact.support.problem.Problem;
import pact.support.problem.ProblemException;
import pact.support.security.Roles;

/**
 * Records notices that the rules allow and refuses the rest with the reason; moves them through
 * their lifecycle; owns the transactions, the change feed and the audit entries of each step.
 */
@ApplicationScoped
public class NoticeService {
    static final Set<String> SORTABLE = Set.of("issuedAt", "type", "status");
    static final String ENTITY = "notice";
    /** Appeal outcomes and withdrawals are for the legal team (or a Met system acting for the court record). */
    static final Set<NoticeStatus> ADMIN_ONLY = Set.of(NoticeStatus.QUASHED, NoticeStatus.MODIFIED, NoticeStatus.UPHELD,
            NoticeStatus.WITHDRAWN);
    /** Key of the transaction lock that numbers the change feed in commit order. */
    static final long CHANGE_FEED_LOCK = 0x5AC7_0001L;

    @Inject
    LegalParameterService law;

    @Inject
    AuditLog audit;

    @Inject
    Idempotency idempotency;

    @Inject
    PspoRegister pspos;

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
        NoticeDraft draft = validatedDraft(input, caller.roles());
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
                ? pspos.applicable(draft.latitude(), draft.longitude(),
                        draft.offenceAt() != null ? draft.offenceAt() : draft.issuedAt(), draft.behaviourCode())
                        .stream().map(PspoRegister.Match::orderId).toList()
                : List.of();
        IssuingContext context = new IssuingContext(lawInForce, earlier.stream().map(Notice::facts).toList(),
                related.map(Notice::facts), orders);
        NoticeRules.firstRefusal(draft, context).ifPresent(refusal -> {
            throw ProblemException.ruleRefused(refusal.rule(), refusal.reason());
        });
        NoticeTerms terms = NoticeTerms.of(draft, lawInForce);

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
        notice.officerRole = issuingRole(caller.roles());
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
        notice.requirements = input.requirements() == null || input.requirements().isEmpty() ? null
                : NoticeRecord.write(input.requirements());
        notice.evidence = input.evidence() == null || input.evidence().isEmpty() ? null
                : NoticeRecord.write(input.evidence());
        notice.amount = money(terms.amount());
        notice.discountAmount = money(terms.discountAmount());
        notice.discountUntil = terms.discountUntil();
        notice.dueDate = terms.dueDate();
        notice.proceedingsFrom = terms.proceedingsFrom();
        notice.appealBy = terms.appealBy();
        notice.recordedBy = caller.name();
        notice.recordedAt = Instant.now();
        notice.statusChangedAt = notice.recordedAt;
        notice.persist();

        // The step a notice rests on is now escalated: the warning behind a CPN, the CPN behind a penalty.
        if (draft.type() == NoticeType.COMMUNITY_PROTECTION_NOTICE) {
            earlier.stream().filter(w -> (w.status == NoticeStatus.ISSUED || w.status == NoticeStatus.BREACHED)
                    && w.complyBy != null && w.complyBy.isBefore(draft.issuedOn()))
                    .forEach(w -> escalate(w, notice, caller));
        }
        related.filter(r -> draft.type() == NoticeType.FIXED_PENALTY_CPN_BREACH).ifPresent(r -> escalate(r, notice, caller));
        em.flush();
        recordChange(notice, "CREATED");
        audit.record(caller, AuditLog.Action.COLLECT, ENTITY, notice.id.toString(), "issued " + notice.type,
                "subject and conduct recorded; report " + notice.reportId + ", task " + notice.taskId);
        return notice;
    }

    /** Pounds and pence, as stored, so that an answer reads the same before and after a reload. */
    static java.math.BigDecimal money(java.math.BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private void escalate(Notice earlier, Notice by, Caller caller) {
        NoticeStatus from = earlier.status;
        earlier.status = NoticeStatus.ESCALATED;
        earlier.statusChangedAt = Instant.now();
        em.flush();
        recordChange(earlier, "STATUS");
        audit.record(caller, AuditLog.Action.ALTER, ENTITY, earlier.id.toString(), "escalated by " + by.type,
                from + " -> ESCALATED by notice " + by.id);
    }

    private List<Notice> earlierWarnings(NoticeDraft draft) {
        return Notice.<Notice>find("type = :type and lower(subjectName) = :name and conductCode = :code "
                        + "and issuedAt < :before order by issuedAt",
                Parameters.with("type", NoticeType.COMMUNITY_PROTECTION_WARNING)
                        .and("name", NoticeSubject.normalised(draft.subjectName()))
                        .and("code", draft.conductCode()).and("before", draft.issuedAt()))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    static String issuingRole(Set<String> roles) {
        for (String role : List.of(Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.MET_SYSTEM)) {
            if (roles.contains(role)) {
                return role;
            }
        }
        return null;
    }

    private static NoticeDraft validatedDraft(NoticeRequest input, Set<String> roles) {
        if (input.subject().kind() == SubjectKind.PERSON && input.subject().dateOfBirth() == null) {
            throw ProblemException.badField("subject.dateOfBirth", "is required for a person");
        }
        if (input.offenceAt() != null && input.offenceAt().isAfter(input.issuedAt())) {
            throw ProblemException.badField("offenceAt", "cannot be after issuedAt");
        }
        if (input.evidence() != null) {
            for (int i = 0; i < input.evidence().size(); i++) {
                Evidence e = input.evidence().get(i);
                if (e.kind() == Evidence.Kind.CCTV) {
                    if (e.cameraId() == null || e.cameraId().isBlank()) {
                        throw ProblemException.badField("evidence[" + i + "].cameraId", "is required for CCTV");
                    }
                    if (e.from() == null || e.to() == null || !e.from().isBefore(e.to())) {
                        throw ProblemException.badField("evidence[" + i + "].to",
                                "CCTV needs a time range with from before to");
                    }
                } else if (e.reference() == null || e.reference().isBlank()) {
                    throw ProblemException.badField("evidence[" + i + "].reference", "is required for " + e.kind());
                }
            }
        }
        String name = input.subject().name().strip().replaceAll("\\s+", " ");
        return new NoticeDraft(input.type(), input.subject().kind(), name, input.subject().dateOfBirth(),
                input.issuingOfficer().staffNumber(), input.issuingOfficer().organisation(), roles,
                input.conduct().strip(), input.conductCode() != null ? input.conductCode() : "OTHER",
                input.location().lat(), input.location().lon(), input.issuedAt().toInstant(), input.complyBy(),
                input.relatedNoticeId(), blankToNull(input.pspoOrderId()), blankToNull(input.behaviourCode()),
                input.offenceAt() != null ? input.offenceAt().toInstant() : null, input.amount(),
                input.endsAt() != null ? input.endsAt().toInstant() : null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Moves a notice to a new status when its version matches and every transition rule allows it. */
    @Transactional
    public NoticeRecord changeStatus(UUID id, StatusChangeRequest request, Long ifMatch, Caller caller) {
        Notice notice = lockedForChange(id, ifMatch);
        if (ADMIN_ONLY.contains(request.status()) && !caller.has(Roles.ENFORCEMENT_ADMIN)
                && !caller.has(Roles.MET_SYSTEM)) {
            throw new ProblemException(Problem.of(403, "Forbidden",
                    request.status() + " is recorded by the legal team (enforcement-admin)"));
        }
        if (request.status() == NoticeStatus.PAID) {
            throw ProblemException.ruleRefused("payment-record", "A penalty becomes PAID by recording its payment");
        }
        if (request.requirements() != null && request.status() != NoticeStatus.MODIFIED) {
            throw ProblemException.badField("requirements", "are replaced only when a court MODIFIED the notice");
        }
        LocalDate on = request.on() != null ? request.on() : LocalDate.now(NoticeDraft.LONDON);
        applyStatus(notice, request.status(), on, request.note(), law.current(), caller);
        if (request.requirements() != null) {
            notice.requirements = request.requirements().isEmpty() ? null : NoticeRecord.write(request.requirements());
            em.flush();
        }
        return NoticeRecord.of(notice);
    }

    /** Checks and applies one status change, opening a prosecution file when a penalty is escalated. */
    private void applyStatus(Notice notice, NoticeStatus to, LocalDate on, String note, LegalParameters lawInForce,
            Caller caller) {
        TransitionRules.firstRefusal(notice.facts(), new StatusChange(to, on), lawInForce).ifPresent(refusal -> {
            throw ProblemException.ruleRefused(refusal.rule(), refusal.reason());
        });
        NoticeStatus from = notice.status;
        notice.status = to;
        notice.statusChangedAt = Instant.now();
        if (to == NoticeStatus.APPEALED) {
            notice.appealLodgedOn = on;
        }
        if (to == NoticeStatus.ESCALATED && notice.type.isPenalty()) {
            ProsecutionFile file = new ProsecutionFile();
            file.id = UUID.randomUUID();
            file.noticeId = notice.id;
            file.openedOn = on;
            file.openedBy = caller.name();
            file.note = note;
            file.persist();
        }
        em.flush();
        recordChange(notice, "STATUS");
        audit.record(caller, AuditLog.Action.ALTER, ENTITY, notice.id.toString(), "status change",
                from + " -> " + to + " on " + on + (note != null ? ": " + note : ""));
    }

    /** What a penalty sweep did. */
    public record SweepResult(LocalDate on, List<UUID> markedUnpaid, List<UUID> prosecutionFilesOpened) {
    }

    /**
     * Marks penalties unpaid once their payment period has ended, and opens a prosecution file
     * for those unpaid once proceedings may be taken; re-running it on the same day changes nothing.
     */
    @Transactional
    public SweepResult sweepPenalties(LocalDate on, Caller caller) {
        LegalParameters lawInForce = law.current();
        List<UUID> unpaid = new ArrayList<>();
        for (Notice n : Notice.<Notice>find("type in ?1 and status = ?2 and dueDate < ?3",
                List.of(NoticeType.FIXED_PENALTY_CPN_BREACH, NoticeType.FIXED_PENALTY_PSPO_BREACH), NoticeStatus.ISSUED, on)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list()) {
            applyStatus(n, NoticeStatus.UNPAID, on, "payment period ended", lawInForce, caller);
            unpaid.add(n.id);
        }
        List<UUID> escalated = new ArrayList<>();
        for (Notice n : Notice.<Notice>find("type in ?1 and status = ?2 and proceedingsFrom <= ?3",
                List.of(NoticeType.FIXED_PENALTY_CPN_BREACH, NoticeType.FIXED_PENALTY_PSPO_BREACH), NoticeStatus.UNPAID, on)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list()) {
            applyStatus(n, NoticeStatus.ESCALATED, on, "unpaid: prosecution file opened", lawInForce, caller);
            escalated.add(n.id);
        }
        return new SweepResult(on, unpaid, escalated);
    }

    /** A reminder a penalty is due for. */
    public record Reminder(String kind, LocalDate date, NoticeRecord notice) {
    }

    /** Penalties whose discount period or payment period ends within the coming days, for reminder letters. */
    @Transactional
    public List<Reminder> remindersDue(LocalDate on, int withinDays, Caller caller) {
        LocalDate until = on.plusDays(withinDays);
        List<Notice> open = Notice.<Notice>find("type in ?1 and status = ?2 and ((discountUntil between ?3 and ?4) "
                        + "or (dueDate between ?3 and ?4)) order by dueDate, id",
                List.of(NoticeType.FIXED_PENALTY_CPN_BREACH, NoticeType.FIXED_PENALTY_PSPO_BREACH), NoticeStatus.ISSUED,
                on, until).list();
        List<Reminder> reminders = new ArrayList<>();
        for (Notice n : open) {
            if (n.discountUntil != null && !n.discountUntil.isBefore(on) && !n.discountUntil.isAfter(until)) {
                reminders.add(new Reminder("DISCOUNT_ENDING", n.discountUntil, NoticeRecord.of(n)));
            }
            if (!n.dueDate.isBefore(on) && !n.dueDate.isAfter(until)) {
                reminders.add(new Reminder("PAYMENT_DUE", n.dueDate, NoticeRecord.of(n)));
            }
        }
        audit.reads(caller, ENTITY, open.stream().map(n -> n.id).toList(), "reminders due from " + on);
        return reminders;
    }

    /** Records a payment of a penalty, once per Idempotency-Key, for the amount due on the day it was paid. */
    @Transactional
    public Idempotency.Answer pay(UUID id, PaymentRequest request, Long ifMatch, String idempotencyKey, Caller caller,
            String basePath) {
        Optional<Idempotency.Answer> earlier = idempotency.replay(caller, idempotencyKey, request);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Notice notice = Notice.<Notice>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Notice " + id));
        if (ifMatch != null && ifMatch != notice.version) {
            throw stale(notice);
        }
        if (!notice.type.isPenalty()) {
            throw ProblemException.ruleRefused("payment-record", "A " + notice.type + " carries no penalty to pay");
        }
        PaymentRule.check(notice.facts(), request.amount(), request.paidOn(), law.current()).ifPresent(refusal -> {
            throw ProblemException.ruleRefused(refusal.rule(), refusal.reason());
        });
        if (Payment.count("channel = ?1 and reference = ?2", request.channel().name(), request.reference()) > 0) {
            throw ProblemException.conflict("Payment reference " + request.reference() + " (" + request.channel()
                    + ") is already recorded");
        }
        Payment payment = new Payment();
        payment.id = UUID.randomUUID();
        payment.noticeId = id;
        payment.amount = money(request.amount());
        payment.paidOn = request.paidOn();
        payment.channel = request.channel().name();
        payment.reference = request.reference();
        payment.recordedBy = caller.name();
        payment.recordedAt = Instant.now();
        payment.persist();
        NoticeStatus from = notice.status;
        notice.status = NoticeStatus.PAID;
        notice.statusChangedAt = payment.recordedAt;
        em.flush();
        recordChange(notice, "PAYMENT");
        audit.record(caller, AuditLog.Action.ALTER, ENTITY, id.toString(), "payment",
                from + " -> PAID: £" + request.amount().toPlainString() + " on " + request.paidOn() + " via "
                        + request.channel() + " ref " + request.reference());
        return idempotency.remember(caller, idempotencyKey, request, 201,
                basePath + "/" + id + "/payments/" + payment.id, PaymentView.of(payment));
    }

    @Transactional
    public List<PaymentView> payments(UUID id, Caller caller) {
        require(id);
        audit.reads(caller, "payment", List.of(id), "payments of notice");
        return Payment.<Payment>list("noticeId", Sort.by("recordedAt"), id).stream().map(PaymentView::of).toList();
    }

    private Notice lockedForChange(UUID id, Long ifMatch) {
        if (ifMatch == null) {
            throw new ProblemException(Problem.of(428, "Precondition Required",
                    "Send If-Match with the notice's ETag so that a change never overwrites one you have not seen"));
        }
        Notice notice = Notice.<Notice>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Notice " + id));
        if (ifMatch != notice.version) {
            throw stale(notice);
        }
        return notice;
    }

    private static ProblemException stale(Notice notice) {
        return new ProblemException(Problem.of(412, "Precondition Failed", "The notice has changed since that version; "
                + "it is now at version " + notice.version + ". Read it again and retry."));
    }

    private Notice require(UUID id) {
        return Notice.<Notice>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Notice " + id));
    }

    /** Numbers a change in commit order: the lock is held until commit, so numbers become visible in order. */
    void recordChange(Notice notice, String change) {
        // One round trip: the lock in the (volatile, so never flattened) subquery is taken before the
        // number is drawn, and held until commit.
        Number seq = (Number) em.createNativeQuery(
                "SELECT nextval('notice_change_seq') FROM (SELECT pg_advisory_xact_lock(:k)) AS locked")
                .setParameter("k", CHANGE_FEED_LOCK).getSingleResult();
        NoticeChange row = new NoticeChange();
        row.seq = seq.longValue();
        row.noticeId = notice.id;
        row.change = change;
        row.status = notice.status;
        row.version = notice.version;
        row.at = Instant.now();
        em.persist(row);
    }

    @Transactional
    public Optional<NoticeRecord> find(UUID id, Caller caller) {
        Optional<Notice> notice = Notice.findByIdOptional(id);
        notice.ifPresent(n -> audit.reads(caller, ENTITY, List.of(n.id), "read one notice"));
        return notice.map(NoticeRecord::of);
    }

    @Transactional
    public PageResponse<NoticeView> list(NoticeType type, PageRequest paging, Caller caller) {
        Sort sort = paging.sort(SORTABLE, "issuedAt", Sort.Direction.Descending);
        Function<Notice, NoticeView> view = NoticeView::of;
        PageResponse<NoticeView> page = type == null
                ? PageResponse.of(Notice.<Notice>findAll(sort), paging, view)
                : PageResponse.of(Notice.<Notice>find("type = :type", sort, Parameters.with("type", type)), paging, view);
        audit.reads(caller, ENTITY, page.items().stream().map(NoticeView::id).toList(), "list page " + page.page());
        return page;
    }

    /** Newest first, keyed on (issuedAt, id) so that a page never repeats or skips a notice as new ones arrive. */
    @Transactional
    public CursorPage<NoticeRecord> listByCursor(NoticeType type, String cursor, int limit, Caller caller) {
        Instant afterTime = null;
        UUID afterId = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                afterTime = Instant.parse(parts[0]);
                afterId = UUID.fromString(parts[1]);
            } catch (RuntimeException e) {
                throw ProblemException.badField("cursor", "is not a cursor this API returned");
            }
        }
        StringBuilder sql = new StringBuilder("SELECT * FROM notice WHERE true");
        if (type != null) {
            sql.append(" AND type = :type");
        }
        if (afterTime != null) {
            sql.append(" AND (issued_at, id) < (:t, :id)");
        }
        sql.append(" ORDER BY issued_at DESC, id DESC LIMIT :n");
        var query = em.createNativeQuery(sql.toString(), Notice.class).setParameter("n", limit + 1);
        if (type != null) {
            query.setParameter("type", type.name());
        }
        if (afterTime != null) {
            query.setParameter("t", afterTime).setParameter("id", afterId);
        }
        @SuppressWarnings("unchecked")
        List<Notice> rows = query.getResultList();
        boolean more = rows.size() > limit;
        List<Notice> page = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            Notice last = page.get(page.size() - 1);
            next = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((last.issuedAt + "|" + last.id).getBytes(StandardCharsets.UTF_8));
        }
        audit.reads(caller, ENTITY, page.stream().map(n -> n.id).toList(), "cursor page");
        return new CursorPage<>(page.stream().map(NoticeRecord::of).toList(), next);
    }

    /** Everything changed after a cursor, in commit order; the cursor to poll with next is always returned. */
    @Transactional
    public CursorPage<ChangeView> changes(long since, int limit, Caller caller) {
        List<NoticeChange> changes = NoticeChange.<NoticeChange>find("seq > ?1", Sort.by("seq"), since)
                .page(0, limit).list();
        Map<UUID, NoticeRecord> notices = byId(changes.stream().map(c -> c.noticeId).distinct().toList());
        audit.reads(caller, ENTITY, notices.keySet(), "change feed since " + since);
        long last = changes.isEmpty() ? since : changes.get(changes.size() - 1).seq;
        return new CursorPage<>(changes.stream().map(c -> new ChangeView(Long.toString(c.seq), c.noticeId, c.change,
                c.status, c.version, c.at, notices.get(c.noticeId))).toList(), Long.toString(last));
    }

    private Map<UUID, NoticeRecord> byId(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Notice.<Notice>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(n -> n.id, NoticeRecord::of));
    }

    /** Notices by id, in the order asked, missing ids left out. */
    @Transactional
    public List<NoticeRecord> byIds(List<UUID> ids, Caller caller) {
        Map<UUID, NoticeRecord> found = byId(ids);
        audit.reads(caller, ENTITY, found.keySet(), "bulk read by id");
        return ids.stream().distinct().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Notices grouped by report or task id, one group per key in the order asked (empty when none). */
    @Transactional
    public List<NoticeGroup> grouped(String field, List<UUID> keys, Caller caller) {
        List<Notice> notices = keys.isEmpty() ? List.of()
                : Notice.<Notice>list(field + " in ?1", Sort.by("issuedAt", Sort.Direction.Descending), keys);
        Function<Notice, UUID> key = field.equals("reportId") ? n -> n.reportId : n -> n.taskId;
        Map<UUID, List<NoticeRecord>> byKey = new LinkedHashMap<>();
        notices.forEach(n -> byKey.computeIfAbsent(key.apply(n), k -> new ArrayList<>()).add(NoticeRecord.of(n)));
        audit.reads(caller, ENTITY, notices.stream().map(n -> n.id).toList(), "bulk read by " + field);
        return keys.stream().distinct().map(k -> new NoticeGroup(k.toString(), byKey.getOrDefault(k, List.of()))).toList();
    }

    /** Notices grouped by a text key (the issuing officer's staff number, the PSPO order id), in the order asked. */
    @Transactional
    public List<NoticeGroup> groupedByText(String field, List<String> keys, Caller caller) {
        List<Notice> notices = keys.isEmpty() ? List.of()
                : Notice.<Notice>list(field + " in ?1", Sort.by("issuedAt", Sort.Direction.Descending), keys);
        Function<Notice, String> key = field.equals("officerStaffNumber") ? n -> n.officerStaffNumber
                : n -> n.pspoOrderId;
        Map<String, List<NoticeRecord>> byKey = new LinkedHashMap<>();
        notices.forEach(n -> byKey.computeIfAbsent(key.apply(n), k -> new ArrayList<>()).add(NoticeRecord.of(n)));
        audit.reads(caller, ENTITY, notices.stream().map(n -> n.id).toList(), "bulk read by " + field);
        return keys.stream().distinct().map(k -> new NoticeGroup(k, byKey.getOrDefault(k, List.of()))).toList();
    }

    @Transactional
    public List<NoticeRecord> bySubject(String name, LocalDate dateOfBirth, Caller caller) {
        String query = "lower(subjectName) = :name" + (dateOfBirth != null ? " and subjectDateOfBirth = :dob" : "");
        Parameters params = Parameters.with("name", NoticeSubject.normalised(name));
        if (dateOfBirth != null) {
            params = params.and("dob", dateOfBirth);
        }
        List<Notice> notices = Notice.<Notice>list(query + " order by issuedAt desc", params);
        audit.reads(caller, ENTITY, notices.stream().map(n -> n.id).toList(), "bulk read by subject");
        return notices.stream().map(NoticeRecord::of).toList();
    }
}
