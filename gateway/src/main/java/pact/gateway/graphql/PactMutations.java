package pact.gateway.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import pact.gateway.client.Backends;
import pact.gateway.client.Inputs;
import pact.gateway.client.Pages;

/** The main actions of the front ends; each is the service's own operation, with its rules. */
@GraphQLApi
public class PactMutations {
    static final int MAX_KEY_LENGTH = 200;

    @Inject
    Access access;

    @Inject
    PersonalFields personal;

    @Inject
    Backends.Reports reports;

    @Inject
    Backends.Tasking tasking;

    @Inject
    Backends.Enforcement enforcement;

    @Inject
    ObjectMapper json;

    @Mutation("report")
    @Description("Report anti-social behaviour")
    public Uni<Pages.Report> report(@NonNull Inputs.NewReport report) {
        access.require("report", "council-officer", "partner", "city-inspector", "police-officer");
        return Resolve.call(Backends.Reports.NAME, () -> reports.create(report, personal.reasonIfSelected(PersonalFields.REPORT)));
    }

    @Mutation("triage")
    @Description("Move a report through its lifecycle (TRIAGED, TASKED, RESOLVED, CLOSED, DUPLICATE, "
            + "NO_FURTHER_ACTION) with the reason; expectedVersion guards against lost updates")
    public Uni<Pages.Report> triage(@NonNull @Id String reportId, @NonNull Inputs.StatusChange change,
            Long expectedVersion) {
        access.require("triage", "council-officer", "tasking-coordinator", "police-officer");
        return Resolve.call(Backends.Reports.NAME, () -> reports.changeStatus(reportId, change, expectedVersion,
                personal.reasonIfSelected(PersonalFields.REPORT)));
    }

    @Mutation("createTasksFromHotspots")
    @Description("One task per current significant hotspot (Gi* z-score at least minZScore, default 1.96), "
            + "strongest first; cells with an open task in the window are skipped and listed")
    public Uni<Pages.HotspotTaskingResult> createTasksFromHotspots(@NonNull Inputs.HotspotTasking tasking) {
        access.require("createTasksFromHotspots", "tasking-coordinator");
        return Resolve.call(Backends.Tasking.NAME, () -> this.tasking.tasksFromHotspots(tasking));
    }

    @Mutation("planShift")
    @Description("Plan patrols for a period (usually a shift) from the officers on shift and the open hotspot "
            + "tasks; every visit is explained. The seed makes the plan reproducible for review")
    public Uni<Pages.Plan> planShift(@NonNull Inputs.NewPlan plan) {
        access.require("planShift", "tasking-coordinator");
        return Resolve.call(Backends.Tasking.NAME, () -> tasking.createPlan(plan));
    }

    @Mutation("changeVisit")
    @Description("Lock, unlock or move one visit of a plan (a moved visit is locked, so re-planning keeps it)")
    public Uni<Pages.Plan> changeVisit(@NonNull @Id String planId, @NonNull @Id String visitId,
            @NonNull Inputs.VisitChange change) {
        access.require("changeVisit", "tasking-coordinator");
        return Resolve.call(Backends.Tasking.NAME, () -> tasking.changeVisit(planId, visitId, change));
    }

    @Mutation("replan")
    @Description("Re-plan everything but the locked visits, with a new seed or the one given")
    public Uni<Pages.Plan> replan(@NonNull @Id String planId, Long seed) {
        access.require("replan", "tasking-coordinator");
        return Resolve.call(Backends.Tasking.NAME, () -> tasking.replan(planId, seed));
    }

    @Mutation("checkIn")
    @Description("A batch of an officer's location check-ins; resending the batch counts each clientId once")
    public Uni<Pages.CheckInReceipt> checkIn(@NonNull @Id String officerId, @NonNull List<Inputs.@NonNull CheckIn> checkIns) {
        access.require("checkIn", "police-officer", "city-inspector", "council-officer", "tasking-coordinator");
        return Resolve.call(Backends.Tasking.NAME,
                () -> tasking.checkIn(officerId, new Inputs.CheckInBatch(checkIns)));
    }

    @Mutation("issueNotice")
    @Description("Record a notice under the ASB, Crime and Policing Act 2014, checked against every statutory "
            + "rule (a refusal names the rule). Repeat the mutation with the same idempotencyKey after a lost "
            + "answer to get the same notice; without a key, one is derived from the notice itself, so repeating "
            + "the identical input is safe too")
    public Uni<Pages.Notice> issueNotice(@NonNull Inputs.NewNotice notice, String idempotencyKey) {
        access.require("issueNotice", "city-inspector", "police-officer", "met-system");
        String key = keyFor("notice", idempotencyKey, notice);
        return Resolve.call(Backends.Enforcement.NAME, () -> enforcement.issue(notice, key, personal.reasonIfSelected(PersonalFields.NOTICE)));
    }

    @Mutation("changeNoticeStatus")
    @Description("Move a notice to one of its next states (for example APPEALED, then QUASHED or UPHELD), checked "
            + "by the notice type's state machine; expectedVersion is the notice's version last read")
    public Uni<Pages.Notice> changeNoticeStatus(@NonNull @Id String noticeId, @NonNull Inputs.NoticeStatusChange change,
            @NonNull Long expectedVersion) {
        access.require("changeNoticeStatus", "enforcement-admin", "police-officer", "city-inspector", "met-system");
        return Resolve.call(Backends.Enforcement.NAME,
                () -> enforcement.changeStatus(noticeId, change, expectedVersion,
                        personal.reasonIfSelected(PersonalFields.NOTICE)));
    }

    @Mutation("recordPayment")
    @Description("Record a fixed-penalty payment (the discount only within its period). expectedVersion is the "
            + "notice's version last read and guards against lost updates; the idempotencyKey works as for "
            + "issueNotice")
    public Uni<Pages.Payment> recordPayment(@NonNull @Id String noticeId, @NonNull Inputs.Payment payment,
            Long expectedVersion, String idempotencyKey) {
        access.require("recordPayment", "enforcement-admin", "met-system");
        String key = keyFor("payment:" + noticeId, idempotencyKey, payment);
        return Resolve.call(Backends.Enforcement.NAME,
                () -> enforcement.pay(noticeId, payment, key, expectedVersion));
    }

    /**
     * The caller's key, or one derived from what is being created: enforcement-service remembers
     * keys per caller, so the same caller repeating the same input gets the first answer back.
     */
    String keyFor(String what, String given, Object input) {
        if (given != null) {
            if (given.isBlank() || given.length() > MAX_KEY_LENGTH) {
                throw new InvalidArgument("idempotencyKey must be 1 to " + MAX_KEY_LENGTH + " characters");
            }
            return given.strip();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((what + "\n" + json.writeValueAsString(input)).getBytes(StandardCharsets.UTF_8));
            return "gateway-" + HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot derive an idempotency key", e);
        }
    }
}
