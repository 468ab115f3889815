package pact.portal.web;

import static pact.portal.web.Role.TASKING_COORDINATOR;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestStreamElementType;
import pact.portal.gateway.Answer;
import pact.portal.gateway.Gateway;
import pact.portal.gateway.Subscription;
import pact.portal.view.Views;

/**
 * The tasking board: tasks in columns by status, updated live from the gateway's subscription
 * (relayed as server-sent events; without JavaScript the page refreshes itself), the roster's
 * availability, and planning a shift's patrols.
 */
@Path("/board")
@Produces(MediaType.TEXT_HTML)
public class BoardPages extends PortalPage {
    static final List<String> COLUMNS = List.of("PLANNED", "ASSIGNED", "IN_PROGRESS", "COMPLETED");
    static final String BOARD_SUBSCRIPTION = "subscription { taskingBoard { kind seenAt message "
            + "task { id title status priority area { cellId } } checkIn { officerId at } notice { id type status } } }";

    /** One column of the board. */
    public record Column(String status, String label, List<Views.Task> tasks) {
        static final int SHOWN = 30;

        /** The first cards; the rest are counted, so a busy column stays readable. */
        public List<Views.Task> shown() {
            return tasks.subList(0, Math.min(SHOWN, tasks.size()));
        }

        public int more() {
            return Math.max(0, tasks.size() - SHOWN);
        }
    }

    @Inject
    Template board;

    @Inject
    Template plan;


    @Inject
    Subscription subscription;




    @GET
    public TemplateInstance get() {
        viewer.require(TASKING_COORDINATOR);
        return page(new Forms().value("from", local(Instant.now().truncatedTo(ChronoUnit.HOURS)))
                .value("to", local(Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(8)))));
    }

    TemplateInstance page(Forms form) {
        Answer answer = gateway.query("{ tasks(first: 100) { totalCount edges { node { id title status priority "
                + "area { cellId } windowStart windowEnd officers { staffNumber displayName } } } } "
                + "availability { officerId staffNumber displayName organisation mode team availability } }", Map.of());
        Views.TaskConnection tasks = answer.get("tasks", Views.TaskConnection.class);
        List<Column> columns = new ArrayList<>();
        for (String status : COLUMNS) {
            List<Views.Task> inColumn = tasks == null ? List.of() : tasks.edges().stream().map(Views.TaskEdge::node)
                    .filter(t -> status.equals(t.status()))
                    .sorted(Comparator.comparing(Views.Task::windowStart, Comparator.nullsLast(Comparator.reverseOrder())))
                    .toList();
            columns.add(new Column(status, Views.words(status), inColumn));
        }
        List<Map<String, Object>> roster = answer.list("availability", Map.class).stream()
                .map(m -> (Map<String, Object>) m).toList();
        return views.page(board, "Tasking board", answer).data("columns", columns).data("roster", roster)
                .data("form", form).data("total", tasks == null ? 0 : tasks.totalCount());
    }

    /** The board's live feed for the browser: each event of the gateway's subscription, as it comes. */
    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<String> events() {
        viewer.require(TASKING_COORDINATOR);
        return subscription.subscribe(BOARD_SUBSCRIPTION)
                .map(payload -> payload.path("data").path("taskingBoard").isMissingNode()
                        ? Gateway.JSON.createObjectNode().put("kind", "UNAVAILABLE")
                                .put("message", "The live feed stopped: " + payload).toString()
                        : payload.path("data").path("taskingBoard").toString());
    }

    @POST
    @Path("plans")
    public Object planShift(@RestForm String from, @RestForm String to) {
        viewer.require(TASKING_COORDINATOR);
        Forms form = new Forms().value("from", from).value("to", to);
        form.require("from", "when the shift starts").require("to", "when the shift ends");
        Instant start = HotspotPages.localTime(form, "from", from);
        Instant end = HotspotPages.localTime(form, "to", to);
        if (start != null && end != null && !end.isAfter(start)) {
            form.error("to", "The shift must end after it starts");
        }
        if (form.hasErrors()) {
            return page(form);
        }
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("from", start.toString());
        input.put("to", end.toString());
        Answer answer = gateway.query("mutation Plan($plan: NewPlanInput!) { planShift(plan: $plan) { id } }",
                Map.of("plan", input));
        Map<String, Object> created = answer.get("planShift", Map.class);
        if (created == null) {
            answer.failures().forEach(f -> form.refusal(f, "from", Map.of()));
            return page(form);
        }
        return Response.seeOther(URI.create("/board/plans/" + created.get("id"))).build();
    }

    TemplateInstance showPlan(String id) {
        return showPlan(id, false);
    }

    @GET
    @Path("plans/{id}")
    public TemplateInstance showPlan(@RestPath String id, @org.jboss.resteasy.reactive.RestQuery boolean changed) {
        viewer.require(TASKING_COORDINATOR);
        Answer answer = gateway.query("query Plan($id: ID!) { plan(id: $id) { id from to seed createdBy "
                + "quality { hotspots hotspotsVisited coverage revisitCompliance longestGapMinutes meanDoseMinutes "
                + "visits shareNotAtHotspots } visits { id officerId staffNumber taskId cellId startsAt endsAt locked "
                + "explanation task { title area { polygon } } } } }", Map.of("id", id));
        Map<String, Object> found = answer.get("plan", Map.class);
        Map<String, List<Map<String, Object>>> byOfficer = new LinkedHashMap<>();
        if (found != null) {
            Map<String, Object> quality = (Map<String, Object>) found.getOrDefault("quality", Map.of());
            found.put("periodText", Views.when(Instant.parse((String) found.get("from"))) + " to "
                    + Views.when(Instant.parse((String) found.get("to"))));
            found.put("revisitText", percent(quality.get("revisitCompliance")));
            found.put("coverageText", percent(quality.get("coverage")));
            found.put("doseText", String.format(java.util.Locale.UK, "%.0f",
                    ((Number) quality.getOrDefault("meanDoseMinutes", 0)).doubleValue()));
            for (Object v : (List<?>) found.getOrDefault("visits", List.of())) {
                Map<String, Object> visit = (Map<String, Object>) v;
                visit.put("startText", Views.time(Instant.parse((String) visit.get("startsAt"))));
                visit.put("startLocal", local(Instant.parse((String) visit.get("startsAt"))));
                Map<?, ?> task = (Map<?, ?>) visit.get("task");
                Object area = task == null ? null : ((Map<?, ?>) task.get("area")).get("polygon");
                visit.put("polygon", area == null ? "" : area);
                visit.put("endText", Views.time(Instant.parse((String) visit.get("endsAt"))));
                byOfficer.computeIfAbsent((String) visit.get("staffNumber"), k -> new ArrayList<>()).add(visit);
            }
        }
        return views.page(plan, "Patrol plan", answer).data("plan", found).data("byOfficer", byOfficer.entrySet())
                .data("changed", changed).data("tiles", tiles.orElse(""));
    }

    /** Lock or unlock a visit, or move it to another start (a moved visit is locked, so a re-plan keeps it). */
    @POST
    @Path("plans/{id}/visits/{visitId}")
    public Object changeVisit(@RestPath String id, @RestPath String visitId, @RestForm String locked,
            @RestForm String startsAt) {
        viewer.require(TASKING_COORDINATOR);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("locked", !"false".equals(locked));
        Forms form = new Forms();
        if (startsAt != null && !startsAt.isBlank()) {
            Instant start = HotspotPages.localTime(form, "startsAt", startsAt);
            if (start != null) {
                change.put("startsAt", start.toString());
                change.put("locked", true);
            }
        }
        if (form.hasErrors()) {
            return showPlan(id).data("missing", form.errors().stream().map(Forms.Error::message).toList());
        }
        Answer answer = gateway.query("mutation Change($plan: ID!, $visit: ID!, $change: VisitChangeInput!) { "
                + "changeVisit(planId: $plan, visitId: $visit, change: $change) { id } }",
                Map.of("plan", id, "visit", visitId, "change", change));
        return afterChange(id, answer, "changeVisit");
    }

    @POST
    @Path("plans/{id}/replan")
    public Object replan(@RestPath String id) {
        viewer.require(TASKING_COORDINATOR);
        Answer answer = gateway.query("mutation Replan($plan: ID!) { replan(planId: $plan) { id } }",
                Map.of("plan", id));
        return afterChange(id, answer, "replan");
    }

    private Object afterChange(String id, Answer answer, String field) {
        if (answer.get(field, Map.class) == null) {
            return showPlan(id).data("missing", answer.missing());
        }
        return Response.seeOther(URI.create("/board/plans/" + id + "?changed=true")).build();
    }

    static String percent(Object share) {
        return share instanceof Number n ? Math.round(n.doubleValue() * 100) + "%" : "";
    }

    static String local(Instant at) {
        return LocalDateTime.ofInstant(at, Views.LONDON).truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
