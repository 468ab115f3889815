package pact.gateway.graphql;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import pact.gateway.client.Backends;
import pact.gateway.client.Pages;

/** The queries of the council portal and Met front ends. */
@GraphQLApi
public class PactQueries {
    static final String[] REPORT_READERS = {"council-officer", "tasking-coordinator", "analyst", "police-officer",
            "city-inspector", "partner"};
    static final String[] HOTSPOT_READERS = {"analyst", "tasking-coordinator", "council-officer", "police-officer",
            "city-inspector"};
    static final String[] PSPO_READERS = {"enforcement-admin", "police-officer", "city-inspector", "met-system",
            "tasking-coordinator", "analyst", "council-officer"};
    /** reports-service's readers of a report's history and risk (partners see neither). */
    static final String[] REPORT_DETAIL_READERS = {"council-officer", "tasking-coordinator", "police-officer",
            "analyst"};
    static final String[] CASE_REVIEW_READERS = {"council-officer", "police-officer", "tasking-coordinator"};

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

    @Query("reports")
    @Description("ASB reports, newest first, as a cursor connection")
    public Uni<Types.ReportConnection> reports(Integer first, String after, String category, String status, String ward,
            @Description("ISO-8601 start of the time window") String from,
            @Description("ISO-8601 end of the time window") String to) {
        access.require("reports", REPORT_READERS);
        Connections.Window window = Connections.window(first, after);
        return Resolve.call(Backends.Reports.NAME, () -> reports.list(window.page(), window.first(), category, status, ward,
                from, to, personal.reasonIfSelected(PersonalFields.REPORT_IN_CONNECTION)))
                .map(page -> Connections.of(window, page.items(), page.totalItems(), Types.ReportEdge::new,
                Types.ReportConnection::new));
    }

    @Query("report")
    @Description("One report")
    public Uni<Pages.Report> report(@NonNull @Id String id) {
        access.require("report", REPORT_READERS);
        return Resolve.call(Backends.Reports.NAME, () -> reports.one(id, personal.reasonIfSelected(PersonalFields.REPORT)));
    }

    @Query("reportHistory")
    @Description("Every status change of a report: who, when and why, oldest first")
    public Uni<List<Pages.StatusChange>> reportHistory(@NonNull @Id String id) {
        access.require("reportHistory", REPORT_DETAIL_READERS);
        return Resolve.call(Backends.Reports.NAME, () -> reports.history(id));
    }

    @Query("reportUpdates")
    @Description("A report's lifecycle, oldest first: status moves, the tasks and notices that named it, residents' "
            + "comments; publicText is what the resident reads, internalNote is for staff")
    public Uni<List<Pages.ReportUpdate>> reportUpdates(@NonNull @Id String id) {
        access.require("reportUpdates", REPORT_DETAIL_READERS);
        return Resolve.call(Backends.Reports.NAME, () -> reports.updates(id));
    }

    @Query("reportRisk")
    @Description("A report's repeat-victim and repeat-location risk, each point explained, and its review date")
    public Uni<Pages.Risk> reportRisk(@NonNull @Id String id) {
        access.require("reportRisk", REPORT_DETAIL_READERS);
        return Resolve.call(Backends.Reports.NAME, () -> reports.risk(id));
    }

    @Query("hotspotEvaluation")
    @Description("Hit rate, PAI and PEI at 5, 10 and 20% of the area of a map of the training window, judged on "
            + "the test window")
    public Uni<Pages.Evaluation> hotspotEvaluation(@NonNull String trainFrom, @NonNull String trainTo,
            @NonNull String testFrom, @NonNull String testTo, String category, String method, Integer cellSize) {
        access.require("hotspotEvaluation", HOTSPOT_READERS);
        return Resolve.call(Backends.Reports.NAME,
                () -> reports.evaluation(trainFrom, trainTo, testFrom, testTo, category, method, cellSize));
    }

    @Query("hotspots")
    @Description("Hotspot cells, hottest first (Gi* by default; method KDE or COUNT)")
    public Uni<Pages.HotspotMap> hotspots(String from, String to, String category, String method, Integer cellSize,
            Integer minConfidence, Integer limit) {
        access.require("hotspots", HOTSPOT_READERS);
        int top = limit == null ? 20 : limit;
        if (top < 1 || top > 200) {
            throw new InvalidArgument("limit must be between 1 and 200");
        }
        return Resolve.call(Backends.Reports.NAME, () -> reports.hotspots(from, to, category, method, cellSize, minConfidence, top));
    }

    @Query("caseReviews")
    @Description("ASB case reviews opened by the Community Trigger, with their due dates")
    public Uni<List<Pages.CaseReview>> caseReviews(String status) {
        access.require("caseReviews", CASE_REVIEW_READERS);
        return Resolve.call(Backends.Reports.NAME, () -> reports.caseReviews(status, null));
    }

    @Query("officers")
    @Description("The PACT roster and supporting officers, as a cursor connection")
    public Uni<Types.OfficerConnection> officers(Integer first, String after, String organisation) {
        access.require("officers", "tasking-coordinator", "police-officer", "city-inspector", "council-officer");
        Connections.Window window = Connections.window(first, after);
        return Resolve.call(Backends.Tasking.NAME, () -> tasking.officers(window.page(), window.first(), organisation))
                .map(page -> Connections.of(window, page.items(), page.totalItems(), Types.OfficerEdge::new,
                Types.OfficerConnection::new));
    }

    @Query("tasks")
    @Description("Tasks, as a cursor connection")
    public Uni<Types.TaskConnection> tasks(Integer first, String after, String status) {
        access.require("tasks", LinkedFields.TASK_READERS);
        Connections.Window window = Connections.window(first, after);
        return Resolve.call(Backends.Tasking.NAME, () -> tasking.tasks(window.page(), window.first(),
                status))
                .map(page -> Connections.of(window, page.items(), page.totalItems(), Types.TaskEdge::new,
                Types.TaskConnection::new));
    }

    @Query("notices")
    @Description("Notices given under the ASB, Crime and Policing Act 2014, newest first, as a cursor connection")
    public Uni<Types.NoticeConnection> notices(Integer first, String after, String type) {
        access.require("notices", "enforcement-admin", "police-officer", "city-inspector", "met-system");
        Connections.Window window = Connections.window(first, after);
        return Resolve.call(Backends.Enforcement.NAME, () -> enforcement.notices(window.page(), window.first(), type,
                personal.reasonIfSelected(PersonalFields.NOTICE_IN_CONNECTION)))
                .map(page -> Connections.of(window, page.items(), page.totalItems(), Types.NoticeEdge::new,
                Types.NoticeConnection::new));
    }

    @Query("notice")
    @Description("One notice (its subject is personal data: send X-Access-Reason)")
    public Uni<Pages.Notice> notice(@NonNull @Id String id) {
        access.require("notice", "enforcement-admin", "police-officer", "city-inspector", "met-system");
        return Resolve.call(Backends.Enforcement.NAME, () -> enforcement.notice(id, personal.reasonIfSelected(PersonalFields.NOTICE)));
    }

    @Query("noticePayments")
    @Description("The payments recorded against a fixed penalty (personal data: send X-Access-Reason)")
    public Uni<List<Pages.Payment>> noticePayments(@NonNull @Id String noticeId) {
        access.require("noticePayments", "enforcement-admin", "police-officer", "city-inspector", "met-system");
        return Resolve.call(Backends.Enforcement.NAME, () -> enforcement.payments(noticeId, personal.reasonForPersonalRead()));
    }

    @Query("availability")
    @Description("Every officer's availability at a moment (default now): ON_DUTY, ON_TASK, OFF_DUTY or LEAVE")
    public Uni<List<Pages.Availability>> availability(@Description("ISO-8601 moment") String at, String team) {
        access.require("availability", LinkedFields.OFFICER_READERS);
        return Resolve.call(Backends.Tasking.NAME, () -> tasking.availability(at, team));
    }

    @Query("dutyPeriods")
    @Description("An officer's shifts and leave overlapping [from, to) (at most 62 days)")
    public Uni<List<Pages.DutyPeriod>> dutyPeriods(@NonNull @Id String officerId, @NonNull String from,
            @NonNull String to) {
        access.require("dutyPeriods", LinkedFields.OFFICER_READERS);
        return Resolve.call(Backends.Tasking.NAME, () -> tasking.dutyPeriods(officerId, from, to));
    }

    @Query("plan")
    @Description("A patrol plan with every visit explained and the plan's quality")
    public Uni<Pages.Plan> plan(@NonNull @Id String id) {
        access.require("plan", LinkedFields.TASK_READERS);
        return Resolve.call(Backends.Tasking.NAME, () -> tasking.plan(id));
    }

    @Query("patrolDose")
    @Description("Patrol dose planned against delivered per task over [from, to): a shift, or up to a week")
    public Uni<Pages.DoseReport> patrolDose(@NonNull String from, @NonNull String to) {
        access.require("patrolDose", LinkedFields.DOSE_READERS);
        return Resolve.call(Backends.Tasking.NAME, () -> tasking.dose(from, to));
    }

    @Query("pspos")
    @Description("The register of Public Spaces Protection Orders, with their areas and prohibitions")
    public Uni<List<Pages.Pspo>> pspos() {
        access.require("pspos", PSPO_READERS);
        return Resolve.call(Backends.Enforcement.NAME, () -> enforcement.pspos());
    }

    @Query("pspo")
    @Description("One order of the PSPO register")
    public Uni<Pages.Pspo> pspo(@NonNull @Id String id) {
        access.require("pspo", PSPO_READERS);
        return Resolve.call(Backends.Enforcement.NAME, () -> enforcement.pspo(id));
    }

    @Query("applicablePspos")
    @Description("Which orders' prohibitions apply at this point and time (default now), for a behaviour if given")
    public Uni<List<Pages.PspoMatch>> applicablePspos(@NonNull Double lat, @NonNull Double lon,
            @Description("ISO-8601 moment") String at, String behaviour) {
        access.require("applicablePspos", PSPO_READERS);
        return Resolve.call(Backends.Enforcement.NAME, () -> enforcement.applicablePspos(lat, lon, at, behaviour));
    }
}
