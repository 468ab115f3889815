package pact.reports.open311;

import java.util.Locale;
import pact.reports.domain.ReportStatus;

/**
 * PACT's report statuses in Open311's words. A service request has GeoReport v2's two statuses;
 * an update carries one of the extended statuses of mySociety's Open311 extension, which
 * FixMyStreet maps onto its own states ({@code Open311::map_state}: OPEN to "confirmed", FIXED to
 * "fixed - council", NO_FURTHER_ACTION to "unable to fix"; the others by name).
 */
public final class Open311Status {
    private Open311Status() {
    }

    /** GeoReport v2's status of a service request: open or closed. */
    public static String ofRequest(ReportStatus status) {
        return switch (status) {
            case NEW, TRIAGED, TASKED -> "open";
            case RESOLVED, CLOSED, DUPLICATE, NO_FURTHER_ACTION -> "closed";
        };
    }

    /** The extended status of an update, which FixMyStreet shows as the report's state. */
    public static String ofUpdate(ReportStatus status) {
        return switch (status) {
            case NEW -> "OPEN";
            case TRIAGED -> "INVESTIGATING";
            case TASKED -> "ACTION_SCHEDULED";
            case RESOLVED -> "FIXED";
            case CLOSED -> "CLOSED";
            case DUPLICATE -> "DUPLICATE";
            case NO_FURTHER_ACTION -> "NO_FURTHER_ACTION";
        };
    }

    /** A status a client sends with a comment (such as {@code NOT_COUNCILS_RESPONSIBILITY}), as words. */
    static String asWords(String clientStatus) {
        String words = clientStatus.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        return words.length() <= 60 ? words : words.substring(0, 60) + "…";
    }

    /** Notes for a service request, since open and closed alone say little. */
    public static String notes(ReportStatus status) {
        return switch (status) {
            case NEW -> "Received by the PACT team.";
            case TRIAGED -> "Assessed by the PACT team.";
            case TASKED -> "Officers have been tasked to the area.";
            case RESOLVED -> "The PACT team has dealt with this report.";
            case CLOSED -> "Closed.";
            case DUPLICATE -> "Closed: the same incident was already reported.";
            case NO_FURTHER_ACTION -> "Closed: no further action could be taken.";
        };
    }
}
