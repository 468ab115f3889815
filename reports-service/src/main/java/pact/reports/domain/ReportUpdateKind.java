package pact.reports.domain;

/** What a lifecycle entry records. */
public enum ReportUpdateKind {
    /** Staff moved the report to another status. */
    STATUS_CHANGED,
    /** Officers were tasked to a task that names the report (tasking-service). */
    TASK_ASSIGNED,
    /** Officers started work on such a task. */
    TASK_STARTED,
    /** Such a task was completed, with its outcome. */
    TASK_COMPLETED,
    /** Such a task was cancelled. */
    TASK_CANCELLED,
    /** A notice that names the report was issued (enforcement-service). */
    NOTICE_ISSUED,
    /** A resident commented on their report (Open311 servicerequestupdates). */
    RESIDENT_COMMENT
}
