package pact.gateway.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
            String source, String cctvCameraRef, String status, String createdBy, Long version,
            List<String> possibleDuplicates, @org.eclipse.microprofile.graphql.Ignore PersonalData personalData) {
    }

    /** One step of a report's lifecycle: who moved it, when and why. */
    public record StatusChange(String from, String to, String changedBy, Instant changedAt, String reason) {
    }

    /**
     * One entry of a report's lifecycle: a status move, a task or notice that named it, a resident's
     * comment. publicText is what the resident who reported it reads (null: staff only).
     */
    public record ReportUpdate(long id, String kind, String status, String publicText, String internalNote,
            String actor, Instant at) {
    }

    public record RiskFactor(String factor, int points, String explanation) {
    }

    /** A report's repeat-victim and repeat-location risk, each point explained. */
    public record Risk(String reportId, int score, String level, LocalDate reviewBy, List<RiskFactor> breakdown) {
    }

    /** How well a map of the training window predicted the test window, at one share of the area. */
    public record AtShare(double areaShare, int cells, long hits, long total, double hitRate, double pai,
            double pei) {
    }

    public record Evaluation(String method, int cellSize, int cellsInArea, Instant trainFrom, Instant trainTo,
            Instant testFrom, Instant testTo, long trainingReports, long testReports, List<AtShare> results) {
    }

    public record ReportPage(List<Report> items, int page, int size, long totalItems, int totalPages) {
    }

    public record TypeCount(String category, long count) {
    }

    public record Hotspot(String cellId, @org.eclipse.microprofile.graphql.Ignore Map<String, Object> geometry,
            GeoPoint centre, long count, Double zScore, Double pValue,
            Integer confidenceBin, Double density, Area ward, List<TypeCount> topTypes) {
    }

    /**
     * A hotspot map; {@code chosenBy} says why its method was used (asked for, or the back-test's
     * winner) and {@code parameters} every setting it used, name and value.
     */
    public record HotspotMap(String method, int cellSize, double distanceBand, Double bandwidth, int cellsInArea,
            long reportsCounted, List<Hotspot> hotspots, String chosenBy,
            @com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = Setting.FromObject.class)
            List<Setting> parameters) {
    }

    /** One setting a computation used, by name, its value as text. */
    public record Setting(String name, String value) {
        /** Reads a JSON object of settings as a list, in the service's order. */
        public static final class FromObject
                extends com.fasterxml.jackson.databind.JsonDeserializer<List<Setting>> {
            @Override
            public List<Setting> deserialize(com.fasterxml.jackson.core.JsonParser parser,
                    com.fasterxml.jackson.databind.DeserializationContext context) throws java.io.IOException {
                com.fasterxml.jackson.databind.JsonNode node = parser.readValueAsTree();
                List<Setting> settings = new java.util.ArrayList<>();
                node.properties().forEach(e -> settings.add(new Setting(e.getKey(),
                        e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString())));
                return settings;
            }
        }
    }

    public record CaseReview(String id, String kind, String explanation, String status, String ward,
            Instant openedAt, LocalDate acknowledgeBy, LocalDate panelBy, LocalDate outcomeBy,
            int appealWithinWorkingDaysOfOutcome, Set<String> reportIds) {
    }

    public record Officer(String id, String staffNumber, String displayName, String organisation, String role,
            String mode, String team, Set<String> powers, String login) {
    }

    public record OfficerPage(List<Officer> items, int page, int size, long totalItems, int totalPages) {
    }

    /** A task's area: its hotspot cell, and the cell's outline as GeoJSON (read through {@code polygon}). */
    public record TaskArea(String cellId, @org.eclipse.microprofile.graphql.Ignore Map<String, Object> polygon) {
    }

    public record Task(String id, String title, String objective, TaskArea area, List<String> reportIds,
            String priority, Instant windowStart, Instant windowEnd, Set<String> powersNeeded, String status,
            String outcome, List<String> officerIds) {
    }

    public record TaskPage(List<Task> items, int page, int size, long totalItems, int totalPages) {
    }

    public record Subject(String kind, String name, LocalDate dateOfBirth, String id) {
    }

    public record IssuingOfficer(String staffNumber, String organisation) {
    }

    public record Notice(String id, String type, String legalBasis, String status,
            @org.eclipse.microprofile.graphql.Ignore Subject subject,
            IssuingOfficer issuingOfficer, String conduct, String conductCode, GeoPoint location, Instant issuedAt,
            String reportId, String taskId, String pspoOrderId, String behaviourCode, Penalty penalty,
            LocalDate appealBy, List<String> nextStatuses, Long version, List<Requirement> requirements,
            String accountability, ClosureAuthorisation authorisation, Breach breach) {
    }

    /** Who authorised a closure notice, in what rank or office. */
    public record ClosureAuthorisation(String by, String authority) {
    }

    /** A recorded breach: the requirements it names (from 1) and whether the notice was under appeal then. */
    public record Breach(List<Integer> requirements, boolean underAppeal) {
    }

    /** What a notice requires: stop X, do Y, or take reasonable steps (s.43(3)), by a deadline. */
    public record Requirement(String text, LocalDate deadline, String kind) {
    }

    /** A fixed penalty's sums and dates, as enforcement-service worked them out from the law on the offence date. */
    public record Penalty(BigDecimal amount, BigDecimal discountAmount, LocalDate discountUntil, LocalDate dueDate,
            LocalDate proceedingsFrom) {
    }

    public record Payment(String id, String noticeId, BigDecimal amount, LocalDate paidOn, String channel,
            String reference, String recordedBy, Instant recordedAt) {
    }

    /** What tasking the hotspots created, and which hotspot cells already had an open task. */
    /** Tasks made from hotspots, and the method that ranked the cells, why it was used and with which settings. */
    public record HotspotTaskingResult(List<Task> created, List<String> alreadyTasked, String method, String chosenBy,
            @com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = Setting.FromObject.class)
            List<Setting> parameters) {
    }

    public record PlanQuality(int hotspots, int hotspotsVisited, double coverage, int hotspotsRevisitedInTime,
            double revisitCompliance, long longestGapMinutes, double meanDoseMinutes, double minDoseMinutes,
            double maxDoseMinutes, int visits, double shareNotAtHotspots) {
    }

    public record PlanVisit(String id, String officerId, String staffNumber, String taskId, String cellId,
            Instant startsAt, Instant endsAt, boolean locked, String explanation) {
    }

    public record Plan(String id, Instant from, Instant to, long seed, long version, PlanQuality quality,
            List<PlanVisit> visits, String createdBy, Instant createdAt) {
    }

    public record CheckInReceipt(int received, int stored, int duplicates) {
    }

    /** enforcement-service's bulk answer: the notices of one key (a report or task id). */
    public record NoticeGroup(String key, List<Notice> notices) {
    }

    public record NoticePage(List<Notice> items, int page, int size, long totalItems, int totalPages) {
    }

    /** Whether one officer can be tasked at a moment: ON_DUTY, ON_TASK, OFF_DUTY or LEAVE. */
    public record Availability(String officerId, String staffNumber, String displayName, String organisation,
            String mode, String team, String availability, Instant at) {
    }

    /** A rostered SHIFT or LEAVE. */
    public record DutyPeriod(String id, String officerId, String kind, Instant startsAt, Instant endsAt) {
    }

    /** One task's patrol dose: minutes inside its area and visits (stops, not passes), planned against delivered. */
    public record TaskDose(String taskId, String title, String cellId, int plannedVisits, long plannedMinutes,
            int deliveredVisits, double deliveredMinutes, int officers) {
    }

    public record DoseTotals(int tasks, int tasksVisited, int plannedVisits, long plannedMinutes, int deliveredVisits,
            double deliveredMinutes, long checkInsCounted) {
    }

    public record DoseReport(Instant from, Instant to, List<TaskDose> tasks, DoseTotals totals) {
    }

    public record Prohibition(String code, String wording, LocalTime from, LocalTime to) {
    }

    public record Consultation(String id, String consultees, LocalDate openedOn, LocalDate closedOn, String summary,
            String recordedBy) {
    }

    /** A Public Spaces Protection Order in the register; its area is served as GeoJSON text. */
    public record Pspo(String id, String name, String areaDescription,
            @org.eclipse.microprofile.graphql.Ignore Map<String, Object> area, String status, LocalDate madeOn,
            LocalDate lastDecisionOn, LocalDate activeFrom, LocalDate activeTo, String source,
            List<Prohibition> prohibitions, List<Consultation> consultations, List<String> nextStatuses,
            long version) {
    }

    /** A prohibition of an order that applies at a point and time. */
    public record PspoMatch(String orderId, String orderName, String prohibitionCode, String wording) {
    }
}
