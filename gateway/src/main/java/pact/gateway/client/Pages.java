package pact.gateway.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The services' JSON, as the gateway reads it (tolerant of fields it does not know). */
public final class Pages {
    private Pages() {
    }

    public record GeoPoint(double lat, double lon) {
    }

    public record Report(String id, String qualifier, String category, String description, GeoPoint location,
            Instant occurredAt, Instant reportedAt, String source, String status) {
    }

    public record ReportPage(List<Report> items, int page, int size, long totalItems, int totalPages) {
    }

    public record Officer(String id, String staffNumber, String displayName, String organisation, String role,
            String mode, String team, Set<String> powers) {
    }

    public record OfficerPage(List<Officer> items, int page, int size, long totalItems, int totalPages) {
    }

    public record Subject(String kind, String name, LocalDate dateOfBirth) {
    }

    public record IssuingOfficer(String staffNumber, String organisation) {
    }

    public record Notice(String id, String type, String legalBasis, String status, Subject subject,
            IssuingOfficer issuingOfficer, String conduct, GeoPoint location, Instant issuedAt) {
    }

    public record NoticePage(List<Notice> items, int page, int size, long totalItems, int totalPages) {
    }
}
