package pact.gateway.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;
import pact.gateway.client.Backends;
import pact.gateway.client.Pages;

/** Fields that reach across to other data: each batched, so a query costs the same calls for 1 row or 100. */
@GraphQLApi
public class LinkedFields {
    static final String[] PERSONAL_DATA_READERS = {"council-officer", "police-officer"};

    @Inject
    Access access;

    @Inject
    Backends.Reports reports;

    @Inject
    Backends.Tasking tasking;

    @Inject
    Backends.Enforcement enforcement;

    @Inject
    ObjectMapper json;

    static final String[] TASK_READERS = {"tasking-coordinator", "police-officer", "city-inspector", "council-officer"};
    static final String[] NOTICE_READERS = {"enforcement-admin", "police-officer", "city-inspector", "met-system"};

    /** Batched: one tasking by-cell call for all the hotspots of the answer. */
    @Name("tasks")
    @Description("Tasks on the cell")
    public List<List<Pages.Task>> hotspotTasks(@Source List<Pages.Hotspot> hotspots) {
        access.require("Hotspot.tasks", TASK_READERS);
        List<String> cells = hotspots.stream().map(Pages.Hotspot::cellId).distinct().toList();
        Map<String, List<Pages.Task>> byCell = cells.isEmpty() ? Map.of()
                : Resolve.call(Backends.Tasking.NAME, () -> tasking.byCells(cells));
        return hotspots.stream().map(h -> byCell.getOrDefault(h.cellId(), List.of())).toList();
    }

    /** Batched: one tasking by-report call for all the reports of the answer. */
    @Name("tasks")
    @Description("Tasks that include the report")
    public List<List<Pages.Task>> reportTasks(@Source List<Pages.Report> reports) {
        access.require("Report.tasks", TASK_READERS);
        List<String> ids = reports.stream().map(Pages.Report::id).distinct().toList();
        Map<String, List<Pages.Task>> byReport = ids.isEmpty() ? Map.of()
                : Resolve.call(Backends.Tasking.NAME, () -> tasking.byReports(ids));
        return reports.stream().map(r -> byReport.getOrDefault(r.id(), List.of())).toList();
    }

    /** Batched: one enforcement by-report call for all the reports of the answer. */
    @Name("notices")
    @Description("Notices linked to the report (their subjects are personal data: send X-Access-Reason)")
    public List<List<Pages.Notice>> reportNotices(@Source List<Pages.Report> reports) {
        access.require("Report.notices", NOTICE_READERS);
        List<String> ids = reports.stream().map(Pages.Report::id).distinct().toList();
        Map<String, List<Pages.Notice>> byReport = ids.isEmpty() ? Map.of()
                : grouped(Resolve.call(Backends.Enforcement.NAME, () -> enforcement.byReports(ids)));
        return reports.stream().map(r -> byReport.getOrDefault(r.id(), List.of())).toList();
    }

    /** Batched: one tasking by-officer call for all the officers of the answer. */
    @Name("tasks")
    @Description("The officer's tasks")
    public List<List<Pages.Task>> officerTasks(@Source List<Pages.Officer> officers) {
        access.require("Officer.tasks", TASK_READERS);
        List<String> ids = officers.stream().map(Pages.Officer::id).distinct().toList();
        Map<String, List<Pages.Task>> byOfficer = ids.isEmpty() ? Map.of()
                : Resolve.call(Backends.Tasking.NAME, () -> tasking.byOfficers(ids));
        return officers.stream().map(o -> byOfficer.getOrDefault(o.id(), List.of())).toList();
    }

    /** Batched: one reports bulk call for the reports of all the tasks of the answer. */
    @Name("reports")
    @Description("The reports the task was created for")
    public List<List<Pages.Report>> taskReports(@Source List<Pages.Task> tasks) {
        access.require("Task.reports", PactQueries.REPORT_READERS);
        List<String> ids = tasks.stream().flatMap(t -> t.reportIds() == null ? java.util.stream.Stream.empty()
                : t.reportIds().stream()).distinct().toList();
        Map<String, Pages.Report> byId = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            Resolve.call(Backends.Reports.NAME, () -> reports.byIds(String.join(",", ids)))
                    .forEach(r -> byId.put(r.id(), r));
        }
        return tasks.stream().map(t -> t.reportIds() == null ? List.<Pages.Report>of()
                : t.reportIds().stream().map(byId::get).filter(java.util.Objects::nonNull).toList()).toList();
    }

    /** Batched: one enforcement by-task call for all the tasks of the answer. */
    @Name("notices")
    @Description("Notices given on the task (their subjects are personal data: send X-Access-Reason)")
    public List<List<Pages.Notice>> taskNotices(@Source List<Pages.Task> tasks) {
        access.require("Task.notices", NOTICE_READERS);
        List<String> ids = tasks.stream().map(Pages.Task::id).distinct().toList();
        Map<String, List<Pages.Notice>> byTask = ids.isEmpty() ? Map.of()
                : grouped(Resolve.call(Backends.Enforcement.NAME, () -> enforcement.byTasks(ids)));
        return tasks.stream().map(t -> byTask.getOrDefault(t.id(), List.of())).toList();
    }

    private static Map<String, List<Pages.Notice>> grouped(List<Pages.NoticeGroup> groups) {
        Map<String, List<Pages.Notice>> byKey = new java.util.HashMap<>();
        groups.forEach(g -> byKey.put(g.key(), g.notices()));
        return byKey;
    }

    /** Batched: one by-cell call for all the hotspots of the answer, whatever their number. */
    @Name("reports")
    @Description("The newest reports in the cell (up to 20)")
    public List<List<Pages.Report>> hotspotReports(@Source List<Pages.Hotspot> hotspots) {
        access.require("Hotspot.reports", PactQueries.REPORT_READERS);
        if (hotspots.isEmpty()) {
            return List.of();
        }
        String cells = hotspots.stream().map(Pages.Hotspot::cellId).distinct().collect(Collectors.joining(","));
        Map<String, List<Pages.Report>> byCell = Resolve.call(Backends.Reports.NAME, () -> reports.byCells(cells, 20, null, null));
        List<List<Pages.Report>> answer = new ArrayList<>();
        for (Pages.Hotspot hotspot : hotspots) {
            answer.add(byCell.getOrDefault(hotspot.cellId(), List.of()));
        }
        return answer;
    }

    @Name("geometry")
    @Description("The cell as a GeoJSON Polygon (WGS84)")
    public String geometry(@Source Pages.Hotspot hotspot) throws JsonProcessingException {
        return json.writeValueAsString(hotspot.geometry());
    }

    @Name("personalData")
    @Description("Reporter, victim and vulnerability: council and police officers only, with an X-Access-Reason "
            + "header saying why; every read is logged by reports-service")
    public Pages.PersonalData personalData(@Source Pages.Report report) {
        access.require("Report.personalData", PERSONAL_DATA_READERS);
        if (report.personalData() == null) {
            throw new AccessDenied("Forbidden: 'Report.personalData' needs an X-Access-Reason header saying why");
        }
        return report.personalData();
    }
}
