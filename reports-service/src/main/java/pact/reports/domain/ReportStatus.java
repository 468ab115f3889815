package pact.reports.domain;

/** Where a report stands in its lifecycle. */
public enum ReportStatus {
    NEW,
    TRIAGED,
    TASKED,
    RESOLVED,
    CLOSED,
    DUPLICATE,
    NO_FURTHER_ACTION
}
