package pact.portal.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The records pages show, read from the gateway's JSON, and the wording that makes them readable. */
public final class Views {
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(LONDON);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(LONDON);

    private Views() {
    }

    public static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    /** STREET_DRINKING becomes "Street drinking". */
    public static String words(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String text = code.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public record Area(String code, String name) {
    }

    public record Point(double lat, double lon) {
        /** About a metre: what a person reads and types. */
        public String text() {
            return String.format(Locale.UK, "%.5f, %.5f", lat, lon);
        }
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    public record Report(String id, String qualifier, String category, String description, Point location,
            String address, Area ward, Area lsoa, boolean outOfArea, Instant occurredAt, Instant reportedAt,
            String source, String cctvCameraRef, String status, String createdBy, Long version,
            List<String> possibleDuplicates, List<Task> tasks, List<Notice> notices) {
        public String categoryText() {
            return words(category);
        }

        public String reported() {
            return when(reportedAt);
        }

        public String occurred() {
            return when(occurredAt);
        }
    }

    /** One entry of a report's lifecycle: what happened, what the resident was told, the staff note. */
    public record ReportUpdate(long id, String kind, String status, String publicText, String internalNote,
            String actor, Instant at) {
        public String kindText() {
            return switch (kind) {
                case "STATUS_CHANGED" -> "Status changed to " + words(status).toLowerCase(java.util.Locale.ROOT);
                case "TASK_ASSIGNED" -> "Officers tasked";
                case "TASK_STARTED" -> "Patrol started";
                case "TASK_COMPLETED" -> "Patrol completed";
                case "TASK_CANCELLED" -> "Task cancelled";
                case "NOTICE_ISSUED" -> "Notice issued";
                case "RESIDENT_COMMENT" -> "Comment from the resident";
                default -> words(kind);
            };
        }

        public String atText() {
            return when(at);
        }
    }

    public record ReportEdge(String cursor, Report node) {
    }

    public record ReportConnection(List<ReportEdge> edges, PageInfo pageInfo, long totalCount) {
    }

    public record Officer(String id, String staffNumber, String displayName, String organisation, String role,
            String mode, String team, List<String> powers, String login, List<Task> tasks) {
    }

    public record TaskArea(String cellId) {
    }

    public record Task(String id, String title, String objective, TaskArea area, List<String> reportIds,
            String priority, Instant windowStart, Instant windowEnd, List<String> powersNeeded, String status,
            String outcome, List<String> officerIds, List<Officer> officers) {
        public String window() {
            return when(windowStart) + " to " + time(windowEnd);
        }
    }

    public record TaskEdge(String cursor, Task node) {
    }

    public record TaskConnection(List<TaskEdge> edges, PageInfo pageInfo, long totalCount) {
    }

    public record Subject(String kind, String name, LocalDate dateOfBirth) {
    }

    public record IssuingOfficer(String staffNumber, String organisation) {
    }

    public record Penalty(java.math.BigDecimal amount, java.math.BigDecimal discountAmount, LocalDate discountUntil,
            LocalDate dueDate, LocalDate proceedingsFrom) {
    }

    public record Notice(String id, String type, String legalBasis, String status, Subject subject,
            IssuingOfficer issuingOfficer, String conduct, String conductCode, Point location, Instant issuedAt,
            String reportId, String taskId, String pspoOrderId, String behaviourCode, Penalty penalty,
            LocalDate appealBy, List<String> nextStatuses, Long version, List<Requirement> requirements,
            String accountability, Authorisation authorisation, Breach breach) {
        public String typeText() {
            return words(type);
        }

        public String issued() {
            return when(issuedAt);
        }
    }

    public record Requirement(String text, LocalDate deadline, String kind) {
    }

    public record Authorisation(String by, String authority) {
        public String authorityText() {
            return words(authority);
        }
    }

    public record Breach(List<Integer> requirements, boolean underAppeal) {
    }

    public record NoticeEdge(String cursor, Notice node) {
    }

    public record NoticeConnection(List<NoticeEdge> edges, PageInfo pageInfo, long totalCount) {
    }

    public record TypeCount(String category, long count) {
    }

    public record Hotspot(String cellId, Point centre, long count, Double zScore, Double pValue,
            Integer confidenceBin, Double density, Area ward, List<TypeCount> topTypes) {
        public String z() {
            return zScore == null ? "" : String.format(Locale.UK, "%.2f", zScore);
        }
    }

    public record HotspotMap(String method, int cellSize, double distanceBand, Double bandwidth, int cellsInArea,
            long reportsCounted, List<Hotspot> hotspots, String chosenBy) {
    }

    public record CaseReview(String id, String kind, String explanation, String status, String ward,
            Instant openedAt, LocalDate acknowledgeBy, LocalDate panelBy, LocalDate outcomeBy,
            List<String> reportIds) {
        public boolean overdue() {
            LocalDate today = LocalDate.now(LONDON);
            LocalDate next = nextDue();
            return next != null && next.isBefore(today);
        }

        /** The next date the review must meet, by its status. */
        public LocalDate nextDue() {
            return switch (status == null ? "" : status) {
                case "OPEN" -> acknowledgeBy;
                case "ACKNOWLEDGED" -> panelBy;
                case "PANEL_HELD" -> outcomeBy;
                default -> null;
            };
        }

        public String nextDueText() {
            return day(nextDue());
        }
    }

    public record Pspo(String id, String name, String areaDescription, String area, String status,
            LocalDate madeOn, LocalDate activeFrom, LocalDate activeTo, List<Prohibition> prohibitions,
            List<Consultation> consultations) {
    }

    public record Prohibition(String code, String wording, String from, String to) {
    }

    public record Consultation(String id, String consultees, LocalDate openedOn, LocalDate closedOn,
            String summary) {
    }
}
