package pact.tasking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import pact.support.problem.ProblemException;
import pact.tasking.config.TaskingConfig;
import pact.tasking.domain.PatrolDose;
import pact.tasking.domain.PatrolDose.Fix;
import pact.tasking.domain.Task;
import pact.tasking.domain.TaskStatus;
import pact.tasking.geo.Area;
import pact.tasking.mapping.DoseReport;

/** Patrol dose delivered per task, from check-ins, against the dose the patrol plans planned. */
@ApplicationScoped
public class DoseService {

    @Inject
    TaskingConfig config;

    @Inject
    TaskAreas areas;

    @Inject
    DataSource dataSource;

    @Inject
    PlanService plans;

    @Transactional(Transactional.TxType.SUPPORTS)
    public DoseReport report(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            throw ProblemException.badField("to", "must be after from");
        }
        if (Duration.between(from, to).compareTo(config.dose().longestRange()) > 0) {
            throw ProblemException.badField("to", "a dose report covers at most "
                    + config.dose().longestRange().toDays() + " days");
        }
        List<Task> tasks = Task.<Task>list("status <> ?1 and windowEnd > ?2 and windowStart < ?3 "
                + "order by windowStart, id", TaskStatus.CANCELLED, from, to);
        Map<UUID, List<Fix>> fixes = fixes(from, to);
        Map<UUID, PlanService.Planned> planned = plans.plannedByTask(from, to);
        List<DoseReport.TaskDose> doses = new ArrayList<>();
        Duration gap = config.dose().visitGap();
        for (Task task : tasks) {
            if (!task.objective.onTheGround()) {
                continue;
            }
            Area area = areas.area(task);
            Instant start = task.windowStart.isAfter(from) ? task.windowStart : from;
            Instant end = task.windowEnd.isBefore(to) ? task.windowEnd : to;
            int visits = 0;
            int officers = 0;
            Duration inside = Duration.ZERO;
            for (List<Fix> officerFixes : fixes.values()) {
                List<PatrolDose.Visit> found = PatrolDose.visits(between(officerFixes, start, end), area::contains,
                        gap);
                List<PatrolDose.Visit> stops = PatrolDose.stops(found, config.dose().minimumStop());
                visits += stops.size();
                inside = inside.plus(PatrolDose.total(found));
                officers += stops.isEmpty() ? 0 : 1;
            }
            PlanService.Planned plan = planned.getOrDefault(task.id, PlanService.Planned.NONE);
            doses.add(new DoseReport.TaskDose(task.id, task.title, task.cellId, plan.visits(),
                    plan.minutes(), visits, inside.toSeconds() / 60.0, officers));
        }
        long counted = fixes.values().stream().mapToLong(List::size).sum();
        return new DoseReport(from, to, doses, new DoseReport.Totals(doses.size(),
                (int) doses.stream().filter(d -> d.deliveredVisits() > 0).count(),
                doses.stream().mapToInt(DoseReport.TaskDose::plannedVisits).sum(),
                doses.stream().mapToLong(DoseReport.TaskDose::plannedMinutes).sum(),
                doses.stream().mapToInt(DoseReport.TaskDose::deliveredVisits).sum(),
                doses.stream().mapToDouble(DoseReport.TaskDose::deliveredMinutes).sum(), counted));
    }

    /** Each officer's usable check-ins in time order (late arrivals included: order is by the fix's time). */
    private Map<UUID, List<Fix>> fixes(Instant from, Instant to) {
        Map<UUID, List<Fix>> byOfficer = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT officer_id, at, easting, northing FROM check_in
                        WHERE at >= ? AND at < ? AND accuracy_m <= ? ORDER BY officer_id, at""")) {
            select.setTimestamp(1, Timestamp.from(from));
            select.setTimestamp(2, Timestamp.from(to));
            select.setDouble(3, config.dose().worstAccuracyMetres());
            select.setFetchSize(10_000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    byOfficer.computeIfAbsent(rows.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Fix(rows.getTimestamp(2).toInstant(), rows.getDouble(3), rows.getDouble(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading check-ins failed", e);
        }
        return byOfficer;
    }

    private static List<Fix> between(List<Fix> sorted, Instant start, Instant end) {
        int lo = index(sorted, start);
        int hi = index(sorted, end);
        return sorted.subList(lo, hi);
    }

    private static int index(List<Fix> sorted, Instant t) {
        int i = Collections.binarySearch(sorted, new Fix(t, 0, 0), Comparator.comparing(Fix::at));
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted.get(i - 1).at().equals(t)) {
            i--;
        }
        return i;
    }
}
