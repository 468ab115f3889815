package pact.reports.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which status a report may move to from each status; anything else is refused with the reason. */
public final class ReportLifecycle {
    private static final Map<ReportStatus, Set<ReportStatus>> ALLOWED = Map.of(
            ReportStatus.NEW, EnumSet.of(ReportStatus.TRIAGED, ReportStatus.DUPLICATE, ReportStatus.NO_FURTHER_ACTION),
            ReportStatus.TRIAGED, EnumSet.of(ReportStatus.TASKED, ReportStatus.RESOLVED, ReportStatus.DUPLICATE,
                    ReportStatus.NO_FURTHER_ACTION),
            // a cancelled task sends the report back to triage
            ReportStatus.TASKED, EnumSet.of(ReportStatus.RESOLVED, ReportStatus.TRIAGED),
            // a resolution the reporter disputes reopens it
            ReportStatus.RESOLVED, EnumSet.of(ReportStatus.CLOSED, ReportStatus.TRIAGED),
            ReportStatus.NO_FURTHER_ACTION, EnumSet.of(ReportStatus.CLOSED, ReportStatus.TRIAGED),
            ReportStatus.DUPLICATE, EnumSet.noneOf(ReportStatus.class),
            ReportStatus.CLOSED, EnumSet.noneOf(ReportStatus.class));

    private ReportLifecycle() {
    }

    /** Why the move is not allowed, or empty when it is. */
    public static Optional<String> refusal(ReportStatus from, ReportStatus to) {
        if (ALLOWED.get(from).contains(to)) {
            return Optional.empty();
        }
        Set<ReportStatus> allowed = ALLOWED.get(from);
        return Optional.of("A report that is " + from + " cannot become " + to
                + (allowed.isEmpty() ? "; " + from + " is final" : "; it can become " + allowed));
    }
}
