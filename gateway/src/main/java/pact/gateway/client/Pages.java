package pact.gateway.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The services' JSON, as the gateway reads it (tolerant of fields it does not know). */
public final class Pages {
    private Pages() {
    }

    public record GeoPoint(double lat, double lon) {
    }

    public record Area(String code, String name) {
    }

    public record Contact(String name, String email, String phone) {
    }

    public record PersonalData(Contact reporter, Contact victim, Set<String> vulnerabilityFlags) {
    }

    public record Report(String id, String qualifier, String category, String description, GeoPoint location,
            String address, Area ward, Area lsoa, boolean outOfArea, Instant occurredAt, Instant reportedAt,
            String source, String cctvCameraRef, String status, String createdBy,
            @org.eclipse.microprofile.graphql.Ignore PersonalData personalData) {
    }

    public record ReportPage(List<Report> items, int page, int size, long totalItems, int totalPages) {
    }

    public record TypeCount(String category, long count) {
    }

    public record Hotspot(String cellId, @org.eclipse.microprofile.graphql.Ignore Map<String, Object> geometry,
            GeoPoint centre, long count, Double zScore, Double pValue,
            Integer confidenceBin, Double density, Area ward, List<TypeCount> topTypes) {
    }

    public record HotspotMap(String method, int cellSize, double distanceBand, Double bandwidth, int cellsInArea,
            long reportsCounted, List<Hotspot> hotspots) {
    }

    public record CaseReview(String id, String kind, String explanation, String status, String ward,
            Instant openedAt, LocalDate acknowledgeBy, LocalDate panelBy, LocalDate outcomeBy,
            int appealWithinWorkingDaysOfOutcome, Set<String> reportIds) {
    }

    public record Officer(String id, String staffNumber, String displayName, String organisation, String role,
            String mode, String team, Set<String> powers) {
    }

    public record OfficerPage(List<Officer> items, int page, int size, long totalItems, int totalPages) {
    }

    public record TaskArea(String cellId) {
    }

    public record Task(String id, String title, String objective, TaskArea area, List<String> reportIds,
            String priority, Instant windowStart, Instant windowEnd, Set<String> powersNeeded, String status,
            String outcome, List<String> officerIds) {
    }

    public record TaskPage(List<Task> items, int page, int size, long totalItems, int totalPages) {
    }

    public record Subject(String kind, String name, LocalDate dateOfBirth) {
    }

    public record IssuingOfficer(String staffNumber, String organisation) {
    }

    public record Notice(String id, String type, String legalBasis, String status, Subject subject,
            IssuingOfficer issuingOfficer, String conduct, GeoPoint location, Instant issuedAt, String reportId,
            String taskId) {
    }

    /** enforcement-service's bulk answer: the notices of one key (a report or task id). */
    public record NoticeGroup(String key, List<Notice> notices) {
    }

    public record NoticePage(List<Notice> items, int page, int size, long totalItems, int totalPages) {
    }
}
