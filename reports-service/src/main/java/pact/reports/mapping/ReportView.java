package pact.reports.mapping;

import java.time.Instant;
import java.util.UUID;
import pact.reports.domain.AsbCategory;
import pact.reports.domain.Qualifier;
import pact.reports.domain.Report;
import pact.reports.domain.ReportSource;
import pact.reports.domain.ReportStatus;

/** A report as the API returns it. */
public record ReportView(UUID id, Qualifier qualifier, AsbCategory category, String description,
        GeoPoint location, Instant occurredAt, Instant reportedAt, ReportSource source,
        String sourceReference, ReportStatus status, String createdBy) {

    public static ReportView of(Report r) {
        return new ReportView(r.id, r.qualifier, r.category, r.description,
                new GeoPoint(r.latitude, r.longitude), r.occurredAt, r.reportedAt, r.source,
                r.sourceReference, r.status, r.createdBy);
    }
}
