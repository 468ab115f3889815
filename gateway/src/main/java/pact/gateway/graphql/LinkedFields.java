package pact.gateway.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
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
    PersonalFields personal;

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
    public Uni<List<List<Pages.Officer>>> taskOfficers(@Source List<Pages.Task> tasks) {
        return access.require("Task.officers", OFFICER_READERS, () -> {
            boolean anyAssigned = tasks.stream().anyMatch(t -> t.officerIds() != null && !t.officerIds().isEmpty());
            Uni<Map<String, Pages.Officer>> byId = anyAssigned ? roster(Pages.Officer::id) : none();
            return byId.map(officers -> tasks.stream()
                    .map(t -> t.officerIds() == null ? List.<Pages.Officer>of()
                            : t.officerIds().stream().map(officers::get).filter(Objects::nonNull).toList())
                    .toList());
        });
    }

    /** Batched: one dose report over the span of all the tasks' windows; tasking clips each task's dose to its own. */
    @Name("dose")
    @Description("Patrol dose planned against delivered over the task's window (the windows of the tasks of one "
            + "answer may span at most tasking-service's longest dose range, a week)")
    public Uni<List<Pages.TaskDose>> taskDose(@Source List<Pages.Task> tasks) {
        return access.require("Task.dose", DOSE_READERS, () -> {
            Instant from = tasks.stream().map(Pages.Task::windowStart).filter(Objects::nonNull).min(Instant::compareTo)
                    .orElse(null);
            Instant to = tasks.stream().map(Pages.Task::windowEnd).filter(Objects::nonNull).max(Instant::compareTo)
                    .orElse(null);
            Uni<Map<String, Pages.TaskDose>> doses = from == null || to == null || !to.isAfter(from) ? none()
                    : Resolve.call(Backends.Tasking.NAME, () -> tasking.dose(from.toString(), to.toString()))
                            .map(report -> report.tasks() == null ? Map.<String, Pages.TaskDose>of()
                                    : byKey(report.tasks(), Pages.TaskDose::taskId));
            return doses.map(byTask -> tasks.stream().map(t -> byTask.get(t.id())).toList());
        });
    }

    /** Batched: one reports bulk call for the reports of all the notices of the answer. */
    @Name("report")
    @Description("The report the notice was given on")
    public Uni<List<Pages.Report>> noticeReport(@Source List<Pages.Notice> notices) {
        return access.require("Notice.report", PactQueries.REPORT_READERS, () -> {
            List<String> ids = notices.stream().map(Pages.Notice::reportId).filter(Objects::nonNull).distinct().toList();
            return reportsById(ids).map(byId -> notices.stream()
                    .map(n -> n.reportId() == null ? null : byId.get(n.reportId())).toList());
        });
    }

    /** Batched: one tasking by-ids call for the tasks of all the notices of the answer. */
    @Name("task")
    @Description("The task the notice was given on")
    public Uni<List<Pages.Task>> noticeTask(@Source List<Pages.Notice> notices) {
        return access.require("Notice.task", TASK_READERS, () -> {
            List<String> ids = notices.stream().map(Pages.Notice::taskId).filter(Objects::nonNull).distinct().toList();
            return tasksById(ids).map(byId -> notices.stream()
                    .map(n -> n.taskId() == null ? null : byId.get(n.taskId())).toList());
        });
    }

    /** Batched: one roster read for the issuing officers of all the notices, matched by staff number. */
    @Name("officer")
    @Description("The officer who gave the notice, from the roster (null when the staff number is not on it)")
    public Uni<List<Pages.Officer>> noticeOfficer(@Source List<Pages.Notice> notices) {
        return access.require("Notice.officer", OFFICER_READERS, () -> {
            boolean any = notices.stream().anyMatch(n -> n.issuingOfficer() != null);
            return (any ? roster(Pages.Officer::staffNumber) : LinkedFields.<Pages.Officer>none()).map(byStaffNumber -> notices.stream()
                    .map(n -> n.issuingOfficer() == null ? null : byStaffNumber.get(n.issuingOfficer().staffNumber()))
                    .toList());
        });
    }

    /** Batched: one tasking by-ids call for the tasks of all the visits of a plan. */
    @Name("task")
    @Description("The task the visit serves")
    public Uni<List<Pages.Task>> visitTask(@Source List<Pages.PlanVisit> visits) {
        return access.require("PlanVisit.task", TASK_READERS, () -> {
            List<String> ids = visits.stream().map(Pages.PlanVisit::taskId).filter(Objects::nonNull).distinct().toList();
            return tasksById(ids).map(byId -> visits.stream()
                    .map(v -> v.taskId() == null ? null : byId.get(v.taskId())).toList());
        });
    }

    /** Batched: one roster read for the officers of all the visits of a plan. */
    @Name("officer")
    @Description("The officer making the visit")
    public Uni<List<Pages.Officer>> visitOfficer(@Source List<Pages.PlanVisit> visits) {
        return access.require("PlanVisit.officer", OFFICER_READERS, () -> {
            return (visits.isEmpty() ? LinkedFields.<Pages.Officer>none() : roster(Pages.Officer::id)).map(byId -> visits.stream()
                    .map(v -> v.officerId() == null ? null : byId.get(v.officerId())).toList());
        });
    }

    @Name("area")
    @NonBlocking
    @Description("The order's area as GeoJSON (WGS84); null when the order has no digitised map")
    public String pspoArea(@Source Pages.Pspo order) throws JsonProcessingException {
        return order.area() == null ? null : json.writeValueAsString(order.area());
    }

    private Uni<Map<String, Pages.Task>> tasksById(List<String> ids) {
        return Bulk.list(ids, chunk -> Resolve.call(Backends.Tasking.NAME, () -> tasking.tasksByIds(chunk)))
                .map(tasks -> byKey(tasks, Pages.Task::id));
    }

    /** Reports by id, with personal data only when the field being resolved selects it. */
    private Uni<Map<String, Pages.Report>> reportsById(List<String> ids) {
        String reason = personal.reasonIfSelected(PersonalFields.REPORT);
        return Bulk.list(ids, chunk -> Resolve.call(Backends.Reports.NAME,
                () -> reports.byIds(String.join(",", chunk), reason))).map(found -> byKey(found, Pages.Report::id));
    }

    /**
     * The whole roster keyed as asked: pages of ROSTER_PAGE, so its cost follows the roster, never
     * the rows; the first page says how many more there are, and those are read at once.
     */
    private Uni<Map<String, Pages.Officer>> roster(Function<Pages.Officer, String> key) {
        return rosterPage(0).flatMap(first -> {
            if (first.totalPages() <= 1) {
                return Uni.createFrom().item(List.of(first));
            }
            List<Uni<Pages.OfficerPage>> pages = new ArrayList<>();
            pages.add(Uni.createFrom().item(first));
            for (int page = 1; page < first.totalPages(); page++) {
                pages.add(rosterPage(page));
            }
            return Uni.join().all(pages).andFailFast();
        }).map(pages -> byKey(pages.stream().flatMap(p -> p.items().stream()).filter(o -> key.apply(o) != null)
                .toList(), key));
    }

    private Uni<Pages.OfficerPage> rosterPage(int page) {
        return Resolve.call(Backends.Tasking.NAME, () -> tasking.officers(page, ROSTER_PAGE, null));
    }

    private static <V> Uni<Map<String, V>> none() {
        return Uni.createFrom().item(Map.of());
    }

    private static <V> Map<String, V> byKey(List<V> values, Function<V, String> key) {
        Map<String, V> byKey = new HashMap<>();
        values.forEach(v -> byKey.put(key.apply(v), v));
        return byKey;
    }

    /** Batched: one tasking by-cell call for all the hotspots of the answer. */
    @Name("tasks")
    @Description("Tasks on the cell")
    public Uni<List<List<Pages.Task>>> hotspotTasks(@Source List<Pages.Hotspot> hotspots) {
        return access.require("Hotspot.tasks", TASK_READERS, () -> {
            List<String> cells = hotspots.stream().map(Pages.Hotspot::cellId).distinct().toList();
            return Bulk.map(cells, chunk -> Resolve.call(Backends.Tasking.NAME, () -> tasking.byCells(chunk)))
                    .map(byCell -> hotspots.stream().map(h -> byCell.getOrDefault(h.cellId(), List.of())).toList());
        });
    }

    /** Batched: one tasking by-report call for all the reports of the answer. */
    @Name("tasks")
    @Description("Tasks that include the report")
    public Uni<List<List<Pages.Task>>> reportTasks(@Source List<Pages.Report> reports) {
        return access.require("Report.tasks", TASK_READERS, () -> {
            List<String> ids = reports.stream().map(Pages.Report::id).distinct().toList();
            return Bulk.map(ids, chunk -> Resolve.call(Backends.Tasking.NAME, () -> tasking.byReports(chunk)))
                    .map(byReport -> reports.stream().map(r -> byReport.getOrDefault(r.id(), List.of())).toList());
        });
    }

    /** Batched: one enforcement by-report call for all the reports of the answer. */
    @Name("notices")
    @Description("Notices linked to the report (their subjects are personal data: send X-Access-Reason)")
    public Uni<List<List<Pages.Notice>>> reportNotices(@Source List<Pages.Report> reports) {
        return access.require("Report.notices", NOTICE_READERS, () -> {
            List<String> ids = reports.stream().map(Pages.Report::id).distinct().toList();
            String reason = personal.reasonIfSelected(PersonalFields.NOTICE);
            return grouped(ids, chunk -> enforcement.byReports(chunk, reason))
                    .map(byReport -> reports.stream().map(r -> byReport.getOrDefault(r.id(), List.of())).toList());
        });
    }

    /** Batched: one tasking by-officer call for all the officers of the answer. */
    @Name("tasks")
    @Description("The officer's tasks")
    public Uni<List<List<Pages.Task>>> officerTasks(@Source List<Pages.Officer> officers) {
        return access.require("Officer.tasks", TASK_READERS, () -> {
            List<String> ids = officers.stream().map(Pages.Officer::id).distinct().toList();
            return Bulk.map(ids, chunk -> Resolve.call(Backends.Tasking.NAME, () -> tasking.byOfficers(chunk)))
                    .map(byOfficer -> officers.stream().map(o -> byOfficer.getOrDefault(o.id(), List.of())).toList());
        });
    }

    /** Batched: one reports bulk call for the reports of all the tasks of the answer. */
    @Name("reports")
    @Description("The reports the task was created for")
    public Uni<List<List<Pages.Report>>> taskReports(@Source List<Pages.Task> tasks) {
        return access.require("Task.reports", PactQueries.REPORT_READERS, () -> {
            List<String> ids = tasks.stream().flatMap(t -> t.reportIds() == null ? Stream.<String>empty()
                    : t.reportIds().stream()).distinct().toList();
            return reportsById(ids).map(byId -> tasks.stream().map(t -> t.reportIds() == null ? List.<Pages.Report>of()
                    : t.reportIds().stream().map(byId::get).filter(Objects::nonNull).toList()).toList());
        });
    }

    /** Batched: one enforcement by-task call for all the tasks of the answer. */
    @Name("notices")
    @Description("Notices given on the task (their subjects are personal data: send X-Access-Reason)")
    public Uni<List<List<Pages.Notice>>> taskNotices(@Source List<Pages.Task> tasks) {
        return access.require("Task.notices", NOTICE_READERS, () -> {
            List<String> ids = tasks.stream().map(Pages.Task::id).distinct().toList();
            String reason = personal.reasonIfSelected(PersonalFields.NOTICE);
            return grouped(ids, chunk -> enforcement.byTasks(chunk, reason))
                    .map(byTask -> tasks.stream().map(t -> byTask.getOrDefault(t.id(), List.of())).toList());
        });
    }

    /** Batched: one enforcement by-officer call for all the officers of the answer. */
    @Name("notices")
    @Description("Notices the officer gave (their subjects are personal data: send X-Access-Reason)")
    public Uni<List<List<Pages.Notice>>> officerNotices(@Source List<Pages.Officer> officers) {
        return access.require("Officer.notices", NOTICE_READERS, () -> {
            List<String> staff = officers.stream().map(Pages.Officer::staffNumber).distinct().toList();
            String reason = personal.reasonIfSelected(PersonalFields.NOTICE);
            return grouped(staff, chunk -> enforcement.byOfficers(chunk, reason))
                    .map(byOfficer -> officers.stream().map(o -> byOfficer.getOrDefault(o.staffNumber(), List.of()))
                            .toList());
        });
    }

    /** Batched: one enforcement by-pspo call for all the orders of the answer. */
    @Name("notices")
    @Description("Fixed penalties for breaches of the order")
    public Uni<List<List<Pages.Notice>>> pspoNotices(@Source List<Pages.Pspo> orders) {
        return access.require("Pspo.notices", NOTICE_READERS, () -> {
            List<String> ids = orders.stream().map(Pages.Pspo::id).distinct().toList();
            String reason = personal.reasonIfSelected(PersonalFields.NOTICE);
            return grouped(ids, chunk -> enforcement.byPspos(chunk, reason))
                    .map(byOrder -> orders.stream().map(o -> byOrder.getOrDefault(o.id(), List.of())).toList());
        });
    }

    /** An enforcement bulk read (notices grouped by a key), in as many calls as the keys need. */
    private static Uni<Map<String, List<Pages.Notice>>> grouped(List<String> keys,
            Function<List<String>, Uni<List<Pages.NoticeGroup>>> call) {
        return Bulk.list(keys, chunk -> Resolve.call(Backends.Enforcement.NAME, () -> call.apply(chunk)))
                .map(groups -> {
                    Map<String, List<Pages.Notice>> byKey = new HashMap<>();
                    groups.forEach(g -> byKey.put(g.key(), g.notices()));
                    return byKey;
                });
    }

    /**
     * Batched: the notices of the hotspots' newest reports, in two calls for all the hotspots of
     * the answer (reports by cell, then notices by report), whatever their number.
     */
    @Name("notices")
    @Description("Notices linked to the cell's newest reports (subjects are personal data: send X-Access-Reason)")
    public Uni<List<List<Pages.Notice>>> hotspotNotices(@Source List<Pages.Hotspot> hotspots) {
        return access.require("Hotspot.notices", NOTICE_READERS, () -> access.require("Hotspot.reports",
                PactQueries.REPORT_READERS, () -> {
            String reason = personal.reasonIfSelected(PersonalFields.NOTICE);
            return reportsByCell(hotspots, null).flatMap(reportsByHotspot -> {
                List<String> ids = reportsByHotspot.stream().flatMap(List::stream).map(Pages.Report::id).distinct()
                        .toList();
                return grouped(ids, chunk -> enforcement.byReports(chunk, reason)).map(byReport -> reportsByHotspot
                        .stream().map(reports -> reports.stream()
                                .flatMap(r -> byReport.getOrDefault(r.id(), List.of()).stream()).distinct().toList())
                        .toList());
            });
        }));
    }

    /** Batched: one by-cell call for all the hotspots of the answer, whatever their number. */
    @Name("reports")
    @Description("The newest reports in the cell (up to 20)")
    public Uni<List<List<Pages.Report>>> hotspotReports(@Source List<Pages.Hotspot> hotspots) {
        return access.require("Hotspot.reports", PactQueries.REPORT_READERS, () -> {
            return reportsByCell(hotspots, personal.reasonIfSelected(PersonalFields.REPORT));
        });
    }

    private Uni<List<List<Pages.Report>>> reportsByCell(List<Pages.Hotspot> hotspots, String reason) {
        List<String> cells = hotspots.stream().map(Pages.Hotspot::cellId).distinct().toList();
        return Bulk.map(cells, chunk -> Resolve.call(Backends.Reports.NAME,
                () -> reports.byCells(String.join(",", chunk), 20, null, null, reason)))
                .map(byCell -> hotspots.stream().map(h -> byCell.getOrDefault(h.cellId(), List.<Pages.Report>of()))
                        .toList());
    }

    @Name("geometry")
    @NonBlocking
    @Description("The cell as a GeoJSON Polygon (WGS84)")
    public String geometry(@Source Pages.Hotspot hotspot) throws JsonProcessingException {
        return json.writeValueAsString(hotspot.geometry());
    }

    @Name("polygon")
    @NonBlocking
    @Description("The area's outline as GeoJSON text")
    public String taskAreaPolygon(@Source Pages.TaskArea area) throws JsonProcessingException {
        return area.polygon() == null ? null : json.writeValueAsString(area.polygon());
    }

    @Name("personalData")
    @NonBlocking
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
    @NonBlocking
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
