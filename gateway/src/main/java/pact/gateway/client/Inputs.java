package pact.gateway.client;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** What the mutations take, passed on to the services as they are: the services validate. */
public final class Inputs {
    private Inputs() {
    }

    @Input("GeoPointInput")
    public record GeoPoint(@NonNull Double lat, @NonNull Double lon) {
    }

    @Input("ContactInput")
    public record Contact(String name, String email, String phone) {
    }

    @Input("NewReportInput")
    public record NewReport(@NonNull String qualifier, @NonNull String category, @NonNull String description,
            @NonNull GeoPoint location, String address, @NonNull String occurredAt, @NonNull String source,
            String sourceReference, String cctvCameraRef, Contact reporter, Contact victim,
            Set<String> vulnerabilityFlags) {
    }

    /** A status move: the reason is for staff; publicText, if given, is what the resident reads instead of the standard wording. */
    @Input("StatusChangeInput")
    public record StatusChange(@NonNull String status, @NonNull String reason, String publicText) {
    }

    @Input("HotspotTaskingInput")
    public record HotspotTasking(@NonNull String from, @NonNull String to, Integer cellSize, Double minZScore,
            Integer maxTasks, @NonNull String objective, @NonNull String priority, @NonNull String windowStart,
            @NonNull String windowEnd, Set<String> powersNeeded) {
    }

    @Input("NewPlanInput")
    public record NewPlan(@NonNull String from, @NonNull String to, Long seed) {
    }

    /** Lock or unlock a visit, or move it to another officer or start (a moved visit is locked). */
    @Input("VisitChangeInput")
    public record VisitChange(@NonNull Boolean locked, String officerId, String startsAt) {
    }

    @Input("CheckInInput")
    public record CheckIn(@NonNull String clientId, @NonNull String at, @NonNull Double lat, @NonNull Double lon,
            @NonNull Double accuracyMetres) {
    }

    /** tasking-service's body for a batch of check-ins (not a GraphQL input: the mutation takes the list). */
    public record CheckInBatch(List<CheckIn> checkIns) {
    }

    @Input("NoticeSubjectInput")
    public record NoticeSubject(@NonNull String kind, @NonNull String name, String dateOfBirth,
            @Description("An identifier from an official register (a company number for a body)") String id) {
    }

    /** Left out by an officer (the login says who they are); a Met system names the officer it submits for. */
    @Input("IssuingOfficerInput")
    public record IssuingOfficer(@NonNull String staffNumber, @NonNull String organisation) {
    }

    /** Who authorised a closure notice (s.76(1)) and in what rank or office (s.77(1) beyond 24 hours). */
    @Input("ClosureAuthorisationInput")
    public record ClosureAuthorisation(@NonNull String by, @NonNull String authority) {
    }

    @Input("RequirementInput")
    public record Requirement(@NonNull String text, String deadline, String kind) {
    }

    @Input("EvidenceInput")
    public record Evidence(@NonNull String kind, String cameraId, String from, String to, String reference) {
    }

    @Input("NewNoticeInput")
    public record NewNotice(@NonNull String type, @NonNull NoticeSubject subject,
            @Description("Left out by an officer: the notice is recorded in the name of the officer signed in")
            IssuingOfficer issuingOfficer,
            @NonNull String conduct, String conductCode, List<Requirement> requirements, @NonNull GeoPoint location,
            String locationDescription, @NonNull String issuedAt, String offenceAt, String complyBy,
            String relatedNoticeId, String reportId, String taskId, List<Evidence> evidence, String pspoOrderId,
            String behaviourCode, BigDecimal amount, String endsAt, ClosureAuthorisation authorisation) {
    }

    /** A notice's next state (an appeal, its outcome, a breach, compliance...) from the day it took effect. */
    @Input("NoticeStatusChangeInput")
    public record NoticeStatusChange(@NonNull String status, String on, String note,
            @Description("For BREACHED: the requirements breached, numbered from 1 as on the notice")
            List<Integer> breachedRequirements) {
    }

    @Input("PaymentInput")
    public record Payment(@NonNull BigDecimal amount, @NonNull String paidOn, @NonNull String channel,
            @NonNull String reference) {
    }
}
