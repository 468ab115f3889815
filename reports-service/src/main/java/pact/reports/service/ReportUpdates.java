package pact.reports.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import pact.reports.domain.Report;
import pact.reports.domain.ReportUpdate;
import pact.reports.domain.ReportUpdateKind;

/** A report's lifecycle entries: written by every step that changes or works on a report, read by staff and Open311. */
@ApplicationScoped
public class ReportUpdates {

    /** What an entry says: the public sentence (null: staff only) and the staff note. */
    public record Wording(String publicText, String internalNote) {
    }

    /**
     * Adds an entry, with the report's status as it now stands, and moves the report's
     * {@code updatedAt} on. {@code origin} names the change that caused it, or is null.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReportUpdate record(Report report, ReportUpdateKind kind, Wording wording, String actor, Instant at,
            String origin) {
        ReportUpdate update = new ReportUpdate();
        update.reportId = report.id;
        update.kind = kind;
        update.status = report.status;
        update.publicText = wording.publicText();
        update.internalNote = wording.internalNote();
        update.actor = actor;
        update.at = at;
        update.origin = origin;
        update.persist();
        if (report.updatedAt == null || at.isAfter(report.updatedAt)) {
            report.updatedAt = at;
        }
        return update;
    }

    /** Whether the change named {@code origin} has already been recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean recorded(String origin) {
        return ReportUpdate.count("origin", origin) > 0;
    }

    /** The entry a change named {@code origin} made, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<ReportUpdate> byOrigin(String origin) {
        return ReportUpdate.find("origin", origin).firstResultOptional();
    }

    /** A report's entries, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportUpdate> of(UUID reportId) {
        return ReportUpdate.list("reportId", Sort.by("id"), reportId);
    }
}
