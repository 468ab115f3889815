package pact.enforcement.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.Notice;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.NoticeType;
import pact.enforcement.domain.lifecycle.StatusChange;
import pact.enforcement.mapping.NoticeRecord;

/** The daily work on fixed penalties: marking them unpaid, opening prosecution files, and reminders. */
@ApplicationScoped
public class PenaltySweep {
    static final List<NoticeType> PENALTIES = List.of(NoticeType.FIXED_PENALTY_CPN_BREACH,
            NoticeType.FIXED_PENALTY_PSPO_BREACH);

    @Inject
    LegalParameterService law;

    @Inject
    ChangeNoticeStatus statuses;

    @Inject
    AuditLog audit;

    /** What a penalty sweep did. */
    @Schema(name = "PenaltySweepResult")
    public record SweepResult(LocalDate on, List<UUID> markedUnpaid, List<UUID> prosecutionFilesOpened) {
    }

    /** A reminder a penalty is due for. */
    @Schema(name = "PenaltyReminder")
    public record Reminder(String kind, LocalDate date, NoticeRecord notice) {
    }

    /**
     * Marks penalties unpaid once their payment period has ended, and opens a prosecution file
     * for those unpaid once proceedings may be taken; re-running it on the same day changes nothing.
     */
    @Transactional
    public SweepResult sweep(LocalDate on, Caller caller) {
        LegalParameters lawInForce = law.current();
        List<UUID> unpaid = new ArrayList<>();
        for (Notice n : Notice.<Notice>find("type in ?1 and status = ?2 and dueDate < ?3", PENALTIES,
                NoticeStatus.ISSUED, on).withLock(LockModeType.PESSIMISTIC_WRITE).list()) {
            statuses.apply(n, new StatusChange(NoticeStatus.UNPAID, on), "payment period ended", lawInForce, caller);
            unpaid.add(n.id);
        }
        List<UUID> escalated = new ArrayList<>();
        for (Notice n : Notice.<Notice>find("type in ?1 and status = ?2 and proceedingsFrom <= ?3", PENALTIES,
                NoticeStatus.UNPAID, on).withLock(LockModeType.PESSIMISTIC_WRITE).list()) {
            statuses.apply(n, new StatusChange(NoticeStatus.ESCALATED, on), "unpaid: prosecution file opened",
                    lawInForce, caller);
            escalated.add(n.id);
        }
        return new SweepResult(on, unpaid, escalated);
    }

    /** Penalties whose discount period or payment period ends within the coming days, for reminder letters. */
    @Transactional
    public List<Reminder> remindersDue(LocalDate on, int withinDays, Caller caller) {
        LocalDate until = on.plusDays(withinDays);
        List<Notice> open = Notice.<Notice>find("type in ?1 and status = ?2 and ((discountUntil between ?3 and ?4) "
                + "or (dueDate between ?3 and ?4)) order by dueDate, id", PENALTIES, NoticeStatus.ISSUED, on, until)
                .list();
        List<Reminder> reminders = new ArrayList<>();
        for (Notice n : open) {
            if (n.discountUntil != null && !n.discountUntil.isBefore(on) && !n.discountUntil.isAfter(until)) {
                reminders.add(new Reminder("DISCOUNT_ENDING", n.discountUntil, NoticeRecord.of(n)));
            }
            if (!n.dueDate.isBefore(on) && !n.dueDate.isAfter(until)) {
                reminders.add(new Reminder("PAYMENT_DUE", n.dueDate, NoticeRecord.of(n)));
            }
        }
        audit.reads(caller, AuditLog.NOTICE, open.stream().map(n -> n.id).toList(), "reminders due from " + on);
        return reminders;
    }
}
