package pact.tasking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import pact.support.problem.Problem;
import pact.support.problem.ProblemException;
import pact.tasking.client.Hotspot;
import pact.tasking.client.HotspotMap;
import pact.tasking.client.ReportsClient;
import pact.tasking.domain.Task;
import pact.tasking.domain.TaskStatus;
import pact.tasking.geo.Area;
import pact.tasking.mapping.GeoJsonPolygon;
import pact.tasking.mapping.HotspotTasking;
import pact.tasking.mapping.NewTask;
import pact.tasking.mapping.TaskArea;

/**
 * Turns reports-service's current hotspots into tasks. The hotspots are fetched and checked
 * first, outside any transaction; the tasks are then created all together or not at all, so a
 * failure of reports-service never leaves a half-made set of tasks.
 */
@ApplicationScoped
public class HotspotTaskingService {
    static final double SIGNIFICANT_Z = 1.96;
    static final String GISTAR = "GISTAR";

    @Inject
    @RestClient
    ReportsClient reports;

    @Inject
    TaskService tasks;

    public HotspotTasking.Result task(HotspotTasking request, String bearerToken, String user) {
        if (!request.to().isAfter(request.from())) {
            throw ProblemException.badField("to", "must be after from");
        }
        if (!request.windowEnd().isAfter(request.windowStart())) {
            throw ProblemException.badField("windowEnd", "must be after windowStart");
        }
        int cellSize = request.cellSize() != null ? request.cellSize() : 150;
        double minZ = request.minZScore() != null ? request.minZScore() : SIGNIFICANT_Z;
        int maxTasks = request.maxTasks() != null ? request.maxTasks() : 50;
        // a z threshold alone asks for Gi*, as before; otherwise reports-service's best forecast unless named
        String method = request.method() != null ? request.method() : request.minZScore() != null ? GISTAR : null;
        HotspotMap map = fetch(bearerToken, request, cellSize, maxTasks, method);
        List<Hotspot> hotspots = map == null || map.hotspots() == null ? List.of() : map.hotspots();
        boolean giStar = map != null && GISTAR.equals(map.method());

        List<Hotspot> chosen = giStar
                ? hotspots.stream().filter(h -> h.zScore() != null && h.zScore() >= minZ)
                        .sorted(Comparator.comparingDouble(Hotspot::zScore).reversed().thenComparing(Hotspot::cellId))
                        .limit(maxTasks).toList()
                : hotspots.stream().limit(maxTasks).toList(); // hottest first, as reports-service ranked them
        for (Hotspot h : chosen) {
            checkUsable(h);
        }
        Set<String> tasked = openTaskCells(chosen.stream().map(Hotspot::cellId).toList(), request);
        List<NewTask> toCreate = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Hotspot h : chosen) {
            if (tasked.contains(h.cellId())) {
                skipped.add(h.cellId());
                continue;
            }
            String title = giStar ? String.format(Locale.ROOT, "Hotspot %s: %d reports, Gi* z = %.2f", h.cellId(),
                    h.count(), h.zScore())
                    : String.format(Locale.ROOT, "Hotspot %s: %d reports, %s rank %d", h.cellId(), h.count(),
                            map.method(), chosen.indexOf(h) + 1);
            toCreate.add(new NewTask(title, request.objective(),
                    new TaskArea(h.cellId(), new GeoJsonPolygon("Polygon", h.geometry().coordinates())), List.of(),
                    request.priority(), request.windowStart(), request.windowEnd(), request.powersNeeded()));
        }
        return new HotspotTasking.Result(toCreate.isEmpty() ? List.of() : tasks.createAll(toCreate, user), skipped,
                map == null ? null : map.method(), map == null ? null : map.parameters(),
                map == null ? null : map.chosenBy());
    }

    private HotspotMap fetch(String bearerToken, HotspotTasking request, int cellSize, int limit, String method) {
        try {
            return reports.hotspots("Bearer " + bearerToken, request.from().toString(), request.to().toString(),
                    cellSize, limit, method);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 401 || status == 403) {
                throw new ProblemException(Problem.of(403, "Forbidden", "reports-service refused the caller's "
                        + "access to hotspots (" + status + "); no tasks were created"));
            }
            throw unavailable("answered " + status);
        } catch (ProcessingException e) {
            // Connection refused, timeout or an unreadable body: the service is not usable now.
            throw unavailable("could not be reached (" + rootMessage(e) + ")");
        }
    }

    private static void checkUsable(Hotspot h) {
        String problem = null;
        if (h.cellId() == null || !h.cellId().matches("[A-Za-z0-9:._-]{1,64}")) {
            problem = "a missing or unusable cellId";
        } else if (h.geometry() == null || !"Polygon".equals(h.geometry().type())) {
            problem = "a geometry that is not a GeoJSON Polygon";
        } else {
            try {
                Area.ofLonLatRings(h.geometry().coordinates());
            } catch (IllegalArgumentException e) {
                problem = "an invalid polygon: " + e.getMessage();
            }
        }
        if (problem != null) {
            throw new ProblemException(Problem.of(502, "Bad gateway", "reports-service returned hotspot "
                    + h.cellId() + " with " + problem + "; no tasks were created"));
        }
    }

    private static Set<String> openTaskCells(List<String> cellIds, HotspotTasking request) {
        if (cellIds.isEmpty()) {
            return Set.of();
        }
        return Task.<Task>list("cellId in ?1 and status in ?2 and windowEnd > ?3 and windowStart < ?4", cellIds,
                List.of(TaskStatus.PLANNED, TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS), request.windowStart(),
                request.windowEnd()).stream().map(t -> t.cellId).collect(Collectors.toSet());
    }

    private static ProblemException unavailable(String what) {
        return new ProblemException(Problem.of(503, "Service unavailable",
                "reports-service " + what + "; no tasks were created, try again later"));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() != null ? ": " + t.getMessage() : "");
    }
}
