package pact.gateway.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
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
    static final String[] OFFICER_READERS = TASK_READERS;
    static final String[] DOSE_READERS = {"tasking-coordinator", "analyst", "police-officer", "city-inspector"};
    /** tasking-service's largest page: the whole PACT roster and its partners fit in one. */
    static final int ROSTER_PAGE = 500;

    /** Batched: one roster read for the officers of all the tasks (tasking has no officers-by-id read). */
    @Name("officers")
    @Description("The officers assigned to the task")
    public List<List<Pages.Officer>> taskOfficers(@Source List<Pages.Task> tasks) {
        access.require("Task.officers", OFFICER_READERS);
        boolean anyAssigned = tasks.stream().anyMatch(t -> t.officerIds() != null && !t.officerIds().isEmpty());
        Map<String, Pages.Officer> byId = anyAssigned ? roster(Pages.Officer::id) : Map.of();
        return tasks.stream().map(t -> t.officerIds() == null ? List.<Pages.Officer>of()
                : t.officerIds().stream().map(byId::get).filter(Objects::nonNull).toList()).toList();
    }

    /** Batched: one dose report over the span of all the tasks' windows; tasking clips each task's dose to its own. */
    @Name("dose")
    @Description("Patrol dose planned against delivered over the task's window (the windows of the tasks of one "
            + "answer may span at most tasking-service's longest dose range, a week)")
    public List<Pages.TaskDose> taskDose(@Source List<Pages.Task> tasks) {
        access.require("Task.dose", DOSE_READERS);
        Instant from = tasks.stream().map(Pages.Task::windowStart).filter(Objects::nonNull).min(Instant::compareTo)
                .orElse(null);
        Instant to = tasks.stream().map(Pages.Task::windowEnd).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(null);
        Map<String, Pages.TaskDose> byTask = new HashMap<>();
        if (from != null && to != null && to.isAfter(from)) {
            Pages.DoseReport report = Resolve.call(Backends.Tasking.NAME,
                    () -> tasking.dose(from.toString(), to.toString()));
            if (report.tasks() != null) {
                report.tasks().forEach(d -> byTask.put(d.taskId(), d));
            }
        }
        return tasks.stream().map(t -> byTask.get(t.id())).toList();
    }

    /** Batched: one reports bulk call for the reports of all the notices of the answer. */
    @Name("report")
    @Description("The report the notice was given on")
    public List<Pages.Report> noticeReport(@Source List<Pages.Notice> notices) {
        access.require("Notice.report", PactQueries.REPORT_READERS);
        List<String> ids = notices.stream().map(Pages.Notice::reportId).filter(Objects::nonNull).distinct().toList();
        Map<String, Pages.Report> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            Bulk.list(ids, chunk -> Resolve.call(Backends.Reports.NAME, () -> reports.byIds(String.join(",", chunk))))
                    .forEach(r -> byId.put(r.id(), r));
        }
        return notices.stream().map(n -> n.reportId() == null ? null : byId.get(n.reportId())).toList();
    }

    /** Batched: one tasking by-ids call for the tasks of all the notices of the answer. */
    @Name("task")
    @Description("The task the notice was given on")
    public List<Pages.Task> noticeTask(@Source List<Pages.Notice> notices) {
        access.require("Notice.task", TASK_READERS);
        List<String> ids = notices.stream().map(Pages.Notice::taskId).filter(Objects::nonNull).distinct().toList();
        Map<String, Pages.Task> byId = tasksById(ids);
        return notices.stream().map(n -> n.taskId() == null ? null : byId.get(n.taskId())).toList();
    }

    /** Batched: one roster read for the issuing officers of all the notices, matched by staff number. */
    @Name("officer")
    @Description("The officer who gave the notice, from the roster (null when the staff number is not on it)")
    public List<Pages.Officer> noticeOfficer(@Source List<Pages.Notice> notices) {
        access.require("Notice.officer", OFFICER_READERS);
        boolean any = notices.stream().anyMatch(n -> n.issuingOfficer() != null);
        Map<String, Pages.Officer> byStaffNumber = any ? roster(Pages.Officer::staffNumber) : Map.of();
        return notices.stream().map(n -> n.issuingOfficer() == null ? null
                : byStaffNumber.get(n.issuingOfficer().staffNumber())).toList();
    }

    /** Batched: one tasking by-ids call for the tasks of all the visits of a plan. */
    @Name("task")
    @Description("The task the visit serves")
    public List<Pages.Task> visitTask(@Source List<Pages.PlanVisit> visits) {
        access.require("PlanVisit.task", TASK_READERS);
        List<String> ids = visits.stream().map(Pages.PlanVisit::taskId).filter(Objects::nonNull).distinct().toList();
        Map<String, Pages.Task> byId = tasksById(ids);
        return visits.stream().map(v -> v.taskId() == null ? null : byId.get(v.taskId())).toList();
    }

    /** Batched: one roster read for the officers of all the visits of a plan. */
    @Name("officer")
    @Description("The officer making the visit")
    public List<Pages.Officer> visitOfficer(@Source List<Pages.PlanVisit> visits) {
        access.require("PlanVisit.officer", OFFICER_READERS);
        Map<String, Pages.Officer> byId = visits.isEmpty() ? Map.of() : roster(Pages.Officer::id);
        return visits.stream().map(v -> v.officerId() == null ? null : byId.get(v.officerId())).toList();
    }

    @Name("area")
    @Description("The order's area as GeoJSON (WGS84); null when the order has no digitised map")
    public String pspoArea(@Source Pages.Pspo order) throws JsonProcessingException {
        return order.area() == null ? null : json.writeValueAsString(order.area());
    }

    private Map<String, Pages.Task> tasksById(List<String> ids) {
        Map<String, Pages.Task> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            Bulk.list(ids, chunk -> Resolve.call(Backends.Tasking.NAME, () -> tasking.tasksByIds(chunk))).forEach(t -> byId.put(t.id(), t));
        }
        return byId;
    }

    /** The whole roster keyed as asked: pages of ROSTER_PAGE, so its cost follows the roster, never the rows. */
    private Map<String, Pages.Officer> roster(Function<Pages.Officer, String> key) {
        Map<String, Pages.Officer> byKey = new HashMap<>();
        int page = 0;
        Pages.OfficerPage answer;
        do {
            int current = page++;
            answer = Resolve.call(Backends.Tasking.NAME, () -> tasking.officers(current, ROSTER_PAGE, null));
            answer.items().stream().filter(o -> key.apply(o) != null).forEach(o -> byKey.put(key.apply(o), o));
        } while (page < answer.totalPages());
        return byKey;
    }

    /** Batched: one tasking by-cell call for all the hotspots of the answer. */
    @Name("tasks")
    @Description("Tasks on the cell")
    public List<List<Pages.Task>> hotspotTasks(@Source List<Pages.Hotspot> hotspots) {
        access.require("Hotspot.tasks", TASK_READERS);
        List<String> cells = hotspots.stream().map(Pages.Hotspot::cellId).distinct().toList();
        Map<String, List<Pages.Task>> byCell = cells.isEmpty() ? Map.of()
                : Bulk.map(cells, chunk -> Resolve.call(Backends.Tasking.NAME, () -> tasking.byCells(chunk)));
        return hotspots.stream().map(h -> byCell.getOrDefault(h.cellId(), List.of())).toList();
    }

    /** Batched: one tasking by-report call for all the reports of the answer. */
    @Name("tasks")
    @Description("Tasks that include the report")
    public List<List<Pages.Task>> reportTasks(@Source List<Pages.Report> reports) {
        access.require("Report.tasks", TASK_READERS);
        List<String> ids = reports.stream().map(Pages.Report::id).distinct().toList();
        Map<String, List<Pages.Task>> byReport = ids.isEmpty() ? Map.of()
                : Bulk.map(ids, chunk -> Resolve.call(Backends.Tasking.NAME, () -> tasking.byReports(chunk)));
        return reports.stream().map(r -> byReport.getOrDefault(r.id(), List.of())).toList();
    }

    /** Batched: one enforcement by-report call for all the reports of the answer. */
    @Name("notices")
    @Description("Notices linked to the report (their subjects are personal data: send X-Access-Reason)")
    public List<List<Pages.Notice>> reportNotices(@Source List<Pages.Report> reports) {
        access.require("Report.notices", NOTICE_READERS);
        List<String> ids = reports.stream().map(Pages.Report::id).distinct().toList();
        Map<String, List<Pages.Notice>> byReport = ids.isEmpty() ? Map.of()
                : grouped(Bulk.list(ids, chunk -> Resolve.call(Backends.Enforcement.NAME, () -> enforcement.byReports(chunk))));
        return reports.stream().map(r -> byReport.getOrDefault(r.id(), List.of())).toList();
    }

    /** Batched: one tasking by-officer call for all the officers of the answer. */
    @Name("tasks")
    @Description("The officer's tasks")
    public List<List<Pages.Task>> officerTasks(@Source List<Pages.Officer> officers) {
        access.require("Officer.tasks", TASK_READERS);
        List<String> ids = officers.stream().map(Pages.Officer::id).distinct().toList();
        Map<String, List<Pages.Task>> byOfficer = ids.isEmpty() ? Map.of()
                : Bulk.map(ids, chunk -> Resolve.call(Backends.Tasking.NAME, () -> tasking.byOfficers(chunk)));
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
            Bulk.list(ids, chunk -> Resolve.call(Backends.Reports.NAME, () -> reports.byIds(String.join(",", chunk))))
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
                : grouped(Bulk.list(ids, chunk -> Resolve.call(Backends.Enforcement.NAME, () -> enforcement.byTasks(chunk))));
        return tasks.stream().map(t -> byTask.getOrDefault(t.id(), List.of())).toList();
    }

    /** Batched: one enforcement by-officer call for all the officers of the answer. */
    @Name("notices")
    @Description("Notices the officer gave (their subjects are personal data: send X-Access-Reason)")
    public List<List<Pages.Notice>> officerNotices(@Source List<Pages.Officer> officers) {
        access.require("Officer.notices", NOTICE_READERS);
        List<String> staff = officers.stream().map(Pages.Officer::staffNumber).distinct().toList();
        Map<String, List<Pages.Notice>> byOfficer = staff.isEmpty() ? Map.of()
                : grouped(Bulk.list(staff, chunk -> Resolve.call(Backends.Enforcement.NAME, () -> enforcement.byOfficers(chunk))));
        return officers.stream().map(o -> byOfficer.getOrDefault(o.staffNumber(), List.of())).toList();
    }

    /** Batched: one enforcement by-pspo call for all the orders of the answer. */
    @Name("notices")
    @Description("Fixed penalties for breaches of the order")
    public List<List<Pages.Notice>> pspoNotices(@Source List<Pages.Pspo> orders) {
        access.require("Pspo.notices", NOTICE_READERS);
        List<String> ids = orders.stream().map(Pages.Pspo::id).distinct().toList();
        Map<String, List<Pages.Notice>> byOrder = ids.isEmpty() ? Map.of()
                : grouped(Bulk.list(ids, chunk -> Resolve.call(Backends.Enforcement.NAME, () -> enforcement.byPspos(chunk))));
        return orders.stream().map(o -> byOrder.getOrDefault(o.id(), List.of())).toList();
    }

    private static Map<String, List<Pages.Notice>> grouped(List<Pages.NoticeGroup> groups) {
        Map<String, List<Pages.Notice>> byKey = new java.util.HashMap<>();
        groups.forEach(g -> byKey.put(g.key(), g.notices()));
        return byKey;
    }

    /**
     * Batched: the notices of the hotspots' newest reports, in two calls for all the hotspots of
     * the answer (reports by cell, then notices by report), whatever their number.
     */
    @Name("notices")
    @Description("Notices linked to the cell's newest reports (subjects are personal data: send X-Access-Reason)")
    public List<List<Pages.Notice>> hotspotNotices(@Source List<Pages.Hotspot> hotspots) {
        access.require("Hotspot.notices", NOTICE_READERS);
        List<List<Pages.Report>> reportsByHotspot = hotspotReports(hotspots);
        List<Pages.Report> all = reportsByHotspot.stream().flatMap(List::stream).toList();
        List<List<Pages.Notice>> noticesByReport = reportNotices(all);
        Map<String, List<Pages.Notice>> byReport = new java.util.HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            byReport.put(all.get(i).id(), noticesByReport.get(i));
        }
        return reportsByHotspot.stream().map(reports -> reports.stream()
                .flatMap(r -> byReport.getOrDefault(r.id(), List.of()).stream()).distinct().toList()).toList();
    }

    /** Batched: one by-cell call for all the hotspots of the answer, whatever their number. */
    @Name("reports")
    @Description("The newest reports in the cell (up to 20)")
    public List<List<Pages.Report>> hotspotReports(@Source List<Pages.Hotspot> hotspots) {
        access.require("Hotspot.reports", PactQueries.REPORT_READERS);
        if (hotspots.isEmpty()) {
            return List.of();
        }
        List<String> cells = hotspots.stream().map(Pages.Hotspot::cellId).distinct().toList();
        Map<String, List<Pages.Report>> byCell = Bulk.map(cells, chunk -> Resolve.call(Backends.Reports.NAME,
                () -> reports.byCells(String.join(",", chunk), 20, null, null)));
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

    @Name("polygon")
    @Description("The area's outline as GeoJSON text")
    public String taskAreaPolygon(@Source Pages.TaskArea area) throws JsonProcessingException {
        return area.polygon() == null ? null : json.writeValueAsString(area.polygon());
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

    @Name("subject")
    @Description("Who the notice was given to: personal data, returned only with an X-Access-Reason header saying "
            + "why; every read is logged by enforcement-service")
    public Pages.Subject noticeSubject(@Source Pages.Notice notice) {
        if (notice.subject() == null) {
            throw new AccessDenied("Forbidden: 'Notice.subject' is personal data and needs an X-Access-Reason header "
                    + "saying why");
        }
        return notice.subject();
    }
}
