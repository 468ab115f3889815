package pact.reports.domain;

/**
 * What a resident reads about their report, in plain words that name no officer, no person
 * dealt with and no power used: the detail stays in the staff note.
 */
public final class PublicWording {
    private PublicWording() {
    }

    /** The sentence for a status move. */
    public static String statusChanged(ReportStatus from, ReportStatus to) {
        return switch (to) {
            case NEW -> "Your report has been received.";
            case TRIAGED -> from == ReportStatus.NEW ? "The PACT team has assessed your report."
                    : "Your report has been reopened for review.";
            case TASKED -> "Officers have been tasked to this location.";
            case RESOLVED -> "The PACT team has dealt with this report.";
            case CLOSED -> "This report is closed.";
            case DUPLICATE -> "This has already been reported and is dealt with under the earlier report.";
            case NO_FURTHER_ACTION -> "The PACT team has reviewed this report; no further action will be taken.";
        };
    }

    public static final String TASK_ASSIGNED = "Officers have been tasked to patrol this location.";
    public static final String TASK_STARTED = "Officers are patrolling this location.";
    public static final String TASK_COMPLETED = "Officers have patrolled this location.";
    public static final String NOTICE_ISSUED = "Officers have taken enforcement action about this report.";
}
