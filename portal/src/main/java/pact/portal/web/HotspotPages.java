package pact.portal.web;

import static pact.portal.web.Role.ANALYST;
import static pact.portal.web.Role.CITY_INSPECTOR;
import static pact.portal.web.Role.COUNCIL_OFFICER;
import static pact.portal.web.Role.POLICE_OFFICER;
import static pact.portal.web.Role.TASKING_COORDINATOR;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import pact.portal.gateway.Answer;
import pact.portal.gateway.Gateway;
import pact.portal.view.Views;

/**
 * Hotspots: the ranked cells on a map and in a table with the same data, a cell's reports, tasks
 * and notices, tasking the top hotspots (coordinators) and, for analysts, how well each method
 * predicted the latest period.
 */
@Path("/hotspots")
@Produces(MediaType.TEXT_HTML)
public class HotspotPages extends PortalPage {
    /** The methods judged side by side; a map with none chosen uses the back-test's winner. */
    static final List<String> METHODS = List.of("FORECAST", "COUNT", "GISTAR", "KDE");
    static final String BEST = "BEST";
    static final List<Integer> PERIODS = List.of(1, 4, 8, 13, 26);
    static final List<String> PRIORITIES = List.of("LOW", "MEDIUM", "HIGH", "URGENT");
    static final List<String> OBJECTIVES = List.of("VISIBLE_PATROL", "ENFORCEMENT_OPERATION", "ENGAGEMENT",
            "CCTV_REVIEW");
    static final String[] READERS = {ANALYST, TASKING_COORDINATOR, COUNCIL_OFFICER, POLICE_OFFICER, CITY_INSPECTOR};
    static final String MAP_FIELDS = "method chosenBy cellSize distanceBand bandwidth cellsInArea reportsCounted "
            + "hotspots { cellId centre { lat lon } count zScore pValue confidenceBin density ward { name } "
            + "topTypes { category count } }";

    /** One bar of the evaluation chart: a method's PEI at a share of the area. */
    public record Bar(String method, String share, double pei, double pai, double hitRate, int width, int y) {
        public String peiText() {
            return String.format(Locale.UK, "%.2f", pei);
        }

        public String paiText() {
            return String.format(Locale.UK, "%.1f", pai);
        }

        public String hitRateText() {
            return String.format(Locale.UK, "%.0f%%", hitRate * 100);
        }
    }

    @Inject
    Template hotspots;

    @Inject
    Template hotspot;





    @GET
    public TemplateInstance map(@RestQuery String weeks, @RestQuery String category, @RestQuery String method,
            @RestQuery String until) {
        viewer.require(READERS);
        Forms form = new Forms().value("until", until);
        return page(weeks, category, method, form);
    }

    TemplateInstance page(String weeks, String category, String method, Forms form) {
        int period = PERIODS.stream().filter(p -> String.valueOf(p).equals(weeks)).findFirst().orElse(4);
        String chosen = Forms.oneOf(java.util.stream.Stream.concat(java.util.stream.Stream.of(BEST),
                METHODS.stream()).toList(), method, BEST);
        String kind = Forms.oneOf(ReportPages.CATEGORIES, category, null);
        Instant to = end(form);
        Instant from = to.minus(Duration.ofDays(7L * period));
        Map<String, Object> vars = new HashMap<>();
        vars.put("from", from.toString());
        vars.put("to", to.toString());
        vars.put("category", kind);
        vars.put("method", BEST.equals(chosen) ? null : chosen);
        StringBuilder query = new StringBuilder("query Hotspots($from: String!, $to: String!, $category: String, "
                + "$method: String");
        boolean analyst = viewer.is(ANALYST);
        if (analyst) {
            // the map of the previous period judged on the latest one, for each method
            query.append(", $trainFrom: String!, $trainTo: String!");
            vars.put("trainFrom", from.minus(Duration.ofDays(7L * period)).toString());
            vars.put("trainTo", from.toString());
        }
        query.append(") { hotspots(from: $from, to: $to, category: $category, method: $method, limit: 100) { ")
                .append(MAP_FIELDS).append(" }");
        if (analyst) {
            for (String m : METHODS) {
                query.append(" evaluation").append(m).append(": hotspotEvaluation(trainFrom: $trainFrom, ")
                        .append("trainTo: $trainTo, testFrom: $from, testTo: $to, category: $category, method: \"")
                        .append(m).append("\") { method trainingReports testReports results { areaShare hitRate pai pei } }");
            }
        }
        query.append(" }");
        Answer answer = gateway.query(query.toString(), vars);
        Views.HotspotMap map = answer.get("hotspots", Views.HotspotMap.class);
        List<Map<String, Object>> evaluations = new ArrayList<>();
        if (analyst) {
            for (String m : METHODS) {
                Map<String, Object> e = answer.get("evaluation" + m, Map.class);
                if (e != null) {
                    evaluations.add(e);
                }
            }
        }
        return views.page(hotspots, "Hotspots", answer).data("map", map)
                .data("period", period).data("periods", PERIODS).data("method", chosen).data("methods", METHODS)
                .data("categories", ReportPages.Option.of(ReportPages.CATEGORIES, kind))
                .data("from", Views.when(from)).data("to", Views.when(to))
                .data("evaluations", evaluations).data("bars", bars(evaluations))
                .data("chartHeight", bars(evaluations).stream().mapToInt(Bar::y).max().orElse(0) + 36)
                .data("mayTask", viewer.is(TASKING_COORDINATOR)).data("form", form)
                .data("priorities", ReportPages.Option.of(PRIORITIES, form.value("priority").isEmpty() ? "HIGH"
                        : form.value("priority")))
                .data("objectives", ReportPages.Option.of(OBJECTIVES, form.value("objective").isEmpty()
                        ? "VISIBLE_PATROL" : form.value("objective")))
                .data("tiles", tiles.orElse(""));
    }

    /** The end of the period: now, or the start of the day {@code until} names (London time), to look back. */
    static Instant end(Forms form) {
        String until = form.value("until");
        if (!until.isBlank()) {
            try {
                return java.time.LocalDate.parse(until.strip()).atStartOfDay(Views.LONDON).toInstant();
            } catch (DateTimeParseException e) {
                form.error("until", "Enter the end of the period as a date, like 2018-07-01");
            }
        }
        return Instant.now().truncatedTo(ChronoUnit.MINUTES);
    }

    /** PEI by method and share of the area, as bars of an SVG chart (0 to 1 over 300 px). */
    static List<Bar> bars(List<Map<String, Object>> evaluations) {
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (Map<String, Object> e : evaluations) {
            for (Object r : (List<?>) e.getOrDefault("results", List.of())) {
                Map<?, ?> result = (Map<?, ?>) r;
                double pei = ((Number) result.get("pei")).doubleValue();
                bars.add(new Bar(String.valueOf(e.get("method")),
                        Math.round(((Number) result.get("areaShare")).doubleValue() * 100) + "%", pei,
                        ((Number) result.get("pai")).doubleValue(), ((Number) result.get("hitRate")).doubleValue(),
                        (int) Math.round(Math.max(0, Math.min(1, pei)) * 300), y));
                y += 24;
            }
            y += 12;
        }
        return bars;
    }

    @GET
    @Path("{cellId}")
    public TemplateInstance cell(@RestPath String cellId, @RestQuery String weeks, @RestQuery String until) {
        viewer.require(READERS);
        int period = PERIODS.stream().filter(p -> String.valueOf(p).equals(weeks)).findFirst().orElse(4);
        Instant to = end(new Forms().value("until", until));
        Instant from = to.minus(Duration.ofDays(7L * period));
        boolean tasks = viewer.is(TASKING_COORDINATOR, POLICE_OFFICER, CITY_INSPECTOR, COUNCIL_OFFICER);
        boolean notices = viewer.is(POLICE_OFFICER, CITY_INSPECTOR);
        Answer answer = gateway.query("query Cell($from: String, $to: String) { hotspots(from: $from, to: $to, "
                + "method: \"COUNT\", limit: 200) { cellSize hotspots { cellId centre { lat lon } count zScore "
                + "ward { name } topTypes { category count } reports { id category status occurredAt reportedAt } "
                + (tasks ? "tasks { id title status windowStart windowEnd } " : "")
                + (notices ? "notices { id type status issuedAt } " : "") + "} } }",
                Map.of("from", from.toString(), "to", to.toString()), notices ? "Hotspot review: notices in the cell" : null);
        Views.HotspotMap map = answer.get("hotspots", Views.HotspotMap.class);
        Map<String, Object> found = null;
        List<Views.Report> reports = List.of();
        if (answer.data() != null) {
            for (var h : answer.data().path("hotspots").path("hotspots")) {
                if (cellId.equals(h.path("cellId").asText())) {
                    found = Gateway.JSON.convertValue(h, Map.class);
                    reports = List.of(Gateway.JSON.convertValue(h.path("reports"), Views.Report[].class));
                }
            }
        }
        return views.page(hotspot, "Hotspot " + cellId, answer).data("cellId", cellId).data("cell", found)
                .data("reports", reports)
                .data("cellSize", map == null ? 150 : map.cellSize()).data("period", period)
                .data("tiles", tiles.orElse(""));
    }

    /** Coordinators: one task for each of the strongest current hotspots, skipping cells already tasked. */
    @POST
    @Path("tasks")
    public TemplateInstance task(@RestForm String weeks, @RestForm String maxTasks, @RestForm String objective,
            @RestForm String priority, @RestForm String windowStart, @RestForm String windowEnd) {
        viewer.require(TASKING_COORDINATOR);
        Forms form = new Forms().value("maxTasks", maxTasks).value("objective", objective).value("priority", priority)
                .value("windowStart", windowStart).value("windowEnd", windowEnd);
        form.require("objective", "what the officers should do there").require("windowStart", "when the task starts")
                .require("windowEnd", "when the task ends");
        int period = PERIODS.stream().filter(p -> String.valueOf(p).equals(weeks)).findFirst().orElse(4);
        Instant start = localTime(form, "windowStart", windowStart);
        Instant end = localTime(form, "windowEnd", windowEnd);
        Integer max = null;
        try {
            max = maxTasks == null || maxTasks.isBlank() ? 5 : Integer.parseInt(maxTasks.strip());
            if (max < 1 || max > 50) {
                form.error("maxTasks", "Choose between 1 and 50 hotspots");
            }
        } catch (NumberFormatException e) {
            form.error("maxTasks", "The number of hotspots must be a whole number, like 5");
        }
        if (start != null && end != null && !end.isAfter(start)) {
            form.error("windowEnd", "The task must end after it starts");
        }
        if (form.hasErrors()) {
            return page(String.valueOf(period), null, null, form);
        }
        Instant to = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("from", to.minus(Duration.ofDays(7L * period)).toString());
        input.put("to", to.toString());
        input.put("maxTasks", max);
        input.put("objective", Forms.oneOf(OBJECTIVES, objective, "VISIBLE_PATROL"));
        input.put("priority", Forms.oneOf(PRIORITIES, priority, "HIGH"));
        input.put("windowStart", start.toString());
        input.put("windowEnd", end.toString());
        Answer answer = gateway.query("mutation Task($tasking: HotspotTaskingInput!) { createTasksFromHotspots("
                + "tasking: $tasking) { created { id title area { cellId } } alreadyTasked method chosenBy } }", Map.of("tasking", input));
        Map<String, Object> result = answer.get("createTasksFromHotspots", Map.class);
        if (result == null) {
            answer.failures().forEach(f -> form.refusal(f, "objective", Map.of()));
            return page(String.valueOf(period), null, null, form);
        }
        return page(String.valueOf(period), null, null, new Forms()).data("tasked", result);
    }

    /** A datetime-local field, London time. */
    static Instant localTime(Forms form, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(raw.strip()).atZone(Views.LONDON).toInstant();
        } catch (DateTimeParseException e) {
            form.error(field, "Enter a date and time like 2026-12-02T18:00");
            return null;
        }
    }
}
