package pact.portal.web;

import static pact.portal.web.Role.ANALYST;
import static pact.portal.web.Role.CITY_INSPECTOR;
import static pact.portal.web.Role.COUNCIL_OFFICER;
import static pact.portal.web.Role.ENFORCEMENT_ADMIN;
import static pact.portal.web.Role.PARTNER;
import static pact.portal.web.Role.POLICE_OFFICER;
import static pact.portal.web.Role.TASKING_COORDINATOR;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pact.portal.gateway.Answer;
import pact.portal.gateway.Gateway;
import pact.portal.view.Views.CaseReview;
import pact.portal.view.Views.HotspotMap;
import pact.portal.view.Views.NoticeConnection;
import pact.portal.view.Views.ReportConnection;
import pact.portal.view.Views.TaskConnection;

/** The first page: what needs attention now, each figure linking on. One GraphQL call, shaped by role. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardPage extends PortalPage {
    static final List<String> OPEN_REPORT_STATUSES = List.of("NEW", "TRIAGED", "TASKED");
    static final List<String> TASK_STATUSES = List.of("PLANNED", "ASSIGNED", "IN_PROGRESS", "COMPLETED");

    /** A count with where it leads. */
    public record Figure(String label, long count, String href) {
    }

    @Inject
    Template dashboard;




    @GET
    public TemplateInstance get() {
        Instant now = Instant.now();
        String query = query(now);
        Answer answer = query.isEmpty() ? null : gateway.query("{" + query + " }", Map.of());
        List<Figure> reports = new ArrayList<>();
        List<Figure> tasks = new ArrayList<>();
        HotspotMap hotspots = null;
        List<CaseReview> reviews = List.of();
        long noticesThisWeek = -1;
        ReportConnection latest = null;
        if (answer != null) {
            for (String status : OPEN_REPORT_STATUSES) {
                ReportConnection c = answer.get("reports" + status, ReportConnection.class);
                if (c != null) {
                    reports.add(new Figure(pact.portal.view.Views.words(status), c.totalCount(),
                            "/reports?status=" + status));
                }
            }
            latest = answer.get("latest", ReportConnection.class);
            for (String status : TASK_STATUSES) {
                TaskConnection c = answer.get("tasks" + status, TaskConnection.class);
                if (c != null) {
                    tasks.add(new Figure(pact.portal.view.Views.words(status), c.totalCount(),
                            viewer.is(TASKING_COORDINATOR) ? "/board" : "/patrol"));
                }
            }
            hotspots = answer.get("hotspots", HotspotMap.class);
            reviews = answer.list("caseReviews", CaseReview.class);
            NoticeConnection notices = answer.get("notices", NoticeConnection.class);
            if (notices != null) {
                Instant weekAgo = now.minus(Duration.ofDays(7));
                noticesThisWeek = notices.edges().stream().filter(e -> e.node().issuedAt() != null
                        && e.node().issuedAt().isAfter(weekAgo)).count();
            }
        }
        return views.page(dashboard, "Dashboard", answer).data("reports", reports).data("latest", latest)
                .data("tasks", tasks).data("hotspots", hotspots).data("reviews", reviews)
                .data("showReviews", viewer.is(COUNCIL_OFFICER, POLICE_OFFICER, TASKING_COORDINATOR))
                .data("noticesThisWeek", noticesThisWeek);
    }

    /** Only the parts the viewer's roles may read, so nobody sees errors for what is not theirs. */
    String query(Instant now) {
        Map<String, String> parts = new LinkedHashMap<>();
        if (viewer.is(COUNCIL_OFFICER, TASKING_COORDINATOR, ANALYST, POLICE_OFFICER, CITY_INSPECTOR, PARTNER)) {
            for (String status : OPEN_REPORT_STATUSES) {
                parts.put("reports" + status, "reports(first: 1, status: \"" + status + "\") { totalCount }");
            }
            parts.put("latest", "reports(first: 5) { totalCount edges { node { id category status reportedAt "
                    + "ward { name } } } }");
        }
        if (viewer.is(TASKING_COORDINATOR, POLICE_OFFICER, CITY_INSPECTOR, COUNCIL_OFFICER)) {
            for (String status : TASK_STATUSES) {
                parts.put("tasks" + status, "tasks(first: 1, status: \"" + status + "\") { totalCount }");
            }
        }
        if (viewer.is(ANALYST, TASKING_COORDINATOR, COUNCIL_OFFICER, POLICE_OFFICER, CITY_INSPECTOR)) {
            parts.put("hotspots", "hotspots(from: \"" + now.minus(Duration.ofDays(28)) + "\", to: \"" + now
                    + "\", limit: 5) { method cellSize reportsCounted hotspots { cellId count zScore ward { name } } }");
        }
        if (viewer.is(COUNCIL_OFFICER, POLICE_OFFICER, TASKING_COORDINATOR)) {
            parts.put("caseReviews", "caseReviews { id kind status ward openedAt acknowledgeBy panelBy outcomeBy }");
        }
        if (viewer.is(ENFORCEMENT_ADMIN, POLICE_OFFICER, CITY_INSPECTOR)) {
            parts.put("notices", "notices(first: 100) { totalCount edges { node { id issuedAt } } }");
        }
        StringBuilder query = new StringBuilder();
        parts.forEach((alias, field) -> query.append(' ').append(alias).append(": ").append(field));
        return query.toString();
    }
}
