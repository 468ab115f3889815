package pact.reports.mapping;

import pact.support.api.GeoPoint;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import pact.reports.domain.AsbCategory;
import pact.reports.domain.Qualifier;
import pact.reports.domain.Report;
import pact.reports.domain.ReportSource;
import pact.reports.domain.ReportStatus;

/**
 * A report as the API returns it. {@code personalData} is null unless the caller's role may
 * see it and a reason was given; {@code possibleDuplicates} is filled only on intake.
 */
public record ReportView(UUID id, Qualifier qualifier, AsbCategory category, String description,
        GeoPoint location, String address, Area ward, Area lsoa, boolean outOfArea, Instant occurredAt,
        Instant reportedAt, ReportSource source, String sourceReference, String cctvCameraRef, ReportStatus status,
        String createdBy, long version, @JsonInclude(JsonInclude.Include.NON_NULL) PersonalData personalData,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<UUID> possibleDuplicates) {

    /** A named area the report falls in. */
    public record Area(String code, String name) {
        static Area of(String code, String name) {
            return code == null ? null : new Area(code, name);
        }
    }

    public static ReportView of(Report r) {
        return of(r, false, List.of());
    }

    public static ReportView of(Report r, boolean withPersonalData, List<UUID> possibleDuplicates) {
        return new ReportView(r.id, r.qualifier, r.category, r.description, new GeoPoint(r.latitude, r.longitude),
                r.address, Area.of(r.wardCode, r.wardName), Area.of(r.lsoaCode, r.lsoaName), r.outOfArea,
                r.occurredAt, r.reportedAt, r.source, r.sourceReference, r.cctvCameraRef, r.status, r.createdBy,
                r.version, withPersonalData ? PersonalData.of(r) : null, possibleDuplicates);
    }
}
