package pact.reports.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Rule work-flows-back: what a report's lifecycle records when work elsewhere in PACT names it,
 * and where its status moves. Tasked to officers: the report is TASKED (action scheduled) when
 * it was still NEW or TRIAGED; from NEW this passes over staff's triage-first rule
 * ({@link ReportLifecycle}), because the coordinator who tasked officers to it has triaged it. Started, completed (with its outcome) or cancelled, and a notice
 * issued: recorded, and the status stays; only a person resolves or closes a report.
 */
public final class WorkOnReport {
    public static final String RULE = "work-flows-back";

    /** A piece of work that names a report, as another service's change feed told it. */
    public record Work(String origin, UUID reportId, ReportUpdateKind kind, String actor, Instant at, String note) {
    }

    /** What the report records: the entry's wording, and the status to move to (empty: it stays). */
    public record Outcome(String publicText, String internalNote, Optional<ReportStatus> moveTo) {
    }

    private WorkOnReport() {
    }

    public static Outcome apply(ReportStatus current, Work work) {
        return switch (work.kind()) {
            case TASK_ASSIGNED -> new Outcome(PublicWording.TASK_ASSIGNED, work.note(),
                    current == ReportStatus.NEW || current == ReportStatus.TRIAGED
                            ? Optional.of(ReportStatus.TASKED) : Optional.empty());
            case TASK_STARTED -> new Outcome(PublicWording.TASK_STARTED, work.note(), Optional.empty());
            case TASK_COMPLETED -> new Outcome(PublicWording.TASK_COMPLETED, work.note(), Optional.empty());
            // a cancelled task is the team's business; a person decides what the report needs next
            case TASK_CANCELLED -> new Outcome(null, work.note(), Optional.empty());
            case NOTICE_ISSUED -> new Outcome(PublicWording.NOTICE_ISSUED, work.note(), Optional.empty());
            default -> throw new IllegalArgumentException(work.kind() + " is not work done elsewhere");
        };
    }
}
