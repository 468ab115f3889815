package pact.portal.web;

import static pact.portal.web.Role.ANALYST;
import static pact.portal.web.Role.CITY_INSPECTOR;
import static pact.portal.web.Role.COUNCIL_OFFICER;
import static pact.portal.web.Role.PARTNER;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import pact.portal.gateway.Answer;
import pact.portal.gateway.Gateway;
import pact.portal.view.Views;

/** Reports: the filtered list, one report with its history, risk, tasks and notices, triage and intake. */
@Path("/reports")
@Produces(MediaType.TEXT_HTML)
public class ReportPages extends PortalPage {
    static final List<String> STATUSES = List.of("NEW", "TRIAGED", "TASKED", "RESOLVED", "CLOSED", "DUPLICATE",
            "NO_FURTHER_ACTION");
    static final List<String> CATEGORIES = List.of("ROWDY_OR_INCONSIDERATE", "STREET_DRINKING",
            "DRUG_DEALING_OR_USE", "NOISE", "VANDALISM_OR_GRAFFITI", "BEGGING", "AGGRESSIVE_BEHAVIOUR",
            "VEHICLE_NUISANCE", "DOG_NUISANCE", "STREET_GAMBLING", "FLY_TIPPING_OR_LITTERING", "HATE_RELATED");
    static final List<String> QUALIFIERS = List.of("PERSONAL", "NUISANCE", "ENVIRONMENTAL");
    static final List<String> SOURCES = List.of("PUBLIC", "PARTNER", "CCTV_OPERATOR", "CITY_INSPECTOR", "POLICE",
            "HOUSING", "NOISE_TEAM");
    static final int PAGE = 20;
    static final String REPORT_FIELDS = "id qualifier category description location { lat lon } address "
            + "ward { code name } lsoa { code name } outOfArea occurredAt reportedAt source cctvCameraRef status "
            + "createdBy version possibleDuplicates";
    /** The report's fields the API names, mapped to the intake form's fields. */
    static final Map<String, String> INTAKE_FIELDS = Map.of("location.lat", "lat", "location.lon", "lon",
            "occurredAt", "occurredDate", "reporter.email", "reporterEmail", "reporter.phone", "reporterPhone",
            "reporter.name", "reporterName");

    /** A status to choose, and whether it is the current choice. */
    public record Option(String value, String label, boolean selected) {
        static List<Option> of(List<String> values, String chosen) {
            return values.stream().map(v -> new Option(v, Views.words(v), v.equals(chosen))).toList();
        }
    }

    @Inject
    Template reports;

    @Inject
    Template report;

    @Inject
    Template reportNew;




    @GET
    public TemplateInstance list(@RestQuery String status, @RestQuery String category, @RestQuery String ward,
            @RestQuery String after) {
        viewer.require(COUNCIL_OFFICER, TASKING_COORDINATOR, ANALYST, POLICE_OFFICER, CITY_INSPECTOR, PARTNER);
        Map<String, Object> vars = new HashMap<>();
        vars.put("first", PAGE);
        putIfPresent(vars, "after", after);
        putIfPresent(vars, "status", status);
        putIfPresent(vars, "category", category);
        putIfPresent(vars, "ward", ward);
        Answer answer = gateway.query("query Reports($first: Int, $after: String, $status: String, "
                + "$category: String, $ward: String) { reports(first: $first, after: $after, status: $status, "
                + "category: $category, ward: $ward) { totalCount pageInfo { hasNextPage endCursor } "
                + "edges { node { id category status reportedAt address ward { name } source } } } }", vars);
        Views.ReportConnection page = answer.get("reports", Views.ReportConnection.class);
        String filters = query("status", status) + query("category", category) + query("ward", ward);
        return views.page(reports, "Reports", answer).data("page", page)
                .data("statuses", Option.of(STATUSES, status)).data("categories", Option.of(CATEGORIES, category))
                .data("ward", ward == null ? "" : ward).data("filters", filters)
                .data("mayReport", viewer.is(COUNCIL_OFFICER, PARTNER, CITY_INSPECTOR, POLICE_OFFICER));
    }

    @GET
    @Path("new")
    public TemplateInstance newReport() {
        viewer.require(COUNCIL_OFFICER, PARTNER, CITY_INSPECTOR, POLICE_OFFICER);
        return intakeForm(new Forms().value("source", defaultSource()).value("occurredDate",
                LocalDate.now(Views.LONDON).toString()));
    }

    @POST
    @Path("new")
    public Object create(@RestForm String qualifier, @RestForm String category, @RestForm String description,
            @RestForm String lat, @RestForm String lon, @RestForm String address, @RestForm String occurredDate,
            @RestForm String occurredTime, @RestForm String source, @RestForm String reporterName,
            @RestForm String reporterEmail, @RestForm String reporterPhone) {
        viewer.require(COUNCIL_OFFICER, PARTNER, CITY_INSPECTOR, POLICE_OFFICER);
        Forms form = new Forms().value("qualifier", qualifier).value("category", category)
                .value("description", description).value("lat", lat).value("lon", lon).value("address", address)
                .value("occurredDate", occurredDate).value("occurredTime", occurredTime).value("source", source)
                .value("reporterName", reporterName).value("reporterEmail", reporterEmail)
                .value("reporterPhone", reporterPhone);
        form.require("qualifier", "who the behaviour affects").require("category", "the kind of behaviour")
                .require("description", "what happened").require("lat", "the latitude")
                .require("lon", "the longitude").require("occurredDate", "the date it happened")
                .require("source", "where the report came from");
        Double latitude = number(form, "lat", lat, "Latitude");
        Double longitude = number(form, "lon", lon, "Longitude");
        String occurredAt = instant(form, occurredDate, occurredTime);
        if (form.hasErrors()) {
            return intakeForm(form);
        }
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("qualifier", qualifier);
        input.put("category", category);
        input.put("description", description.strip());
        input.put("location", Map.of("lat", latitude, "lon", longitude));
        input.put("occurredAt", occurredAt);
        input.put("source", source);
        putIfPresent(input, "address", address);
        if (!form.value("reporterName").isBlank() || !form.value("reporterEmail").isBlank()
                || !form.value("reporterPhone").isBlank()) {
            Map<String, Object> reporter = new HashMap<>();
            putIfPresent(reporter, "name", reporterName);
            putIfPresent(reporter, "email", reporterEmail);
            putIfPresent(reporter, "phone", reporterPhone);
            input.put("reporter", reporter);
        }
        Answer answer = gateway.query("mutation Report($report: NewReportInput!) { report(report: $report) { id } }",
                Map.of("report", input));
        Views.Report created = answer.get("report", Views.Report.class);
        if (created == null) {
            answer.failures().forEach(f -> form.refusal(f, "description", INTAKE_FIELDS));
            return intakeForm(form);
        }
        return Response.seeOther(URI.create("/reports/" + created.id() + "?created=1")).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath String id, @RestQuery String created, @RestQuery String updated) {
        return detail(id, null, new Forms()).data("created", created != null).data("updated", updated != null);
    }

    /** Personal data needs a reason first: the form asks why, and the reason goes with the read. */
    @GET
    @Path("{id}/personal-data")
    public TemplateInstance askReason(@RestPath String id) {
        viewer.require(COUNCIL_OFFICER, POLICE_OFFICER);
        return detail(id, null, new Forms()).data("askReason", true);
    }

    @POST
    @Path("{id}/personal-data")
    public Response readPersonalData(@RestPath String id, @RestForm String reason) {
        viewer.require(COUNCIL_OFFICER, POLICE_OFFICER);
        Forms form = new Forms().value("reason", reason);
        if (reason == null || reason.strip().length() < 10) {
            form.error("reason", "Say why you need this person's details, in at least 10 characters");
            return noStore(detail(id, null, form).data("askReason", true));
        }
        return noStore(detail(id, reason.strip(), form));
    }

    @POST
    @Path("{id}/status")
    public Object changeStatus(@RestPath String id, @RestForm String status, @RestForm("statusReason") String reason,
            @RestForm("publicText") String publicText, @RestForm Long version) {
        viewer.require(COUNCIL_OFFICER, TASKING_COORDINATOR, POLICE_OFFICER);
        Forms form = new Forms().value("status", status).value("statusReason", reason).value("publicText", publicText);
        form.require("status", "the new status");
        form.require("statusReason", "the reason for the change");
        if (!form.hasErrors()) {
            Map<String, Object> vars = new HashMap<>();
            vars.put("id", id);
            Map<String, Object> change = new HashMap<>();
            change.put("status", status);
            change.put("reason", reason.strip());
            change.put("publicText", publicText == null || publicText.isBlank() ? null : publicText.strip());
            vars.put("change", change);
            vars.put("version", version);
            Answer answer = gateway.query("mutation Triage($id: ID!, $change: StatusChangeInput!, $version: BigInteger) "
                    + "{ triage(reportId: $id, change: $change, expectedVersion: $version) { id status } }", vars);
            if (answer.get("triage", Views.Report.class) != null) {
                return Response.seeOther(URI.create("/reports/" + id + "?updated=1")).build();
            }
            answer.failures().forEach(f -> form.refusal(f, "status", Map.of("reason", "statusReason",
                    "publicText", "publicText")));
        }
        return detail(id, null, form);
    }

    TemplateInstance detail(String id, String reason, Forms form) {
        boolean staff = viewer.is(COUNCIL_OFFICER, TASKING_COORDINATOR, POLICE_OFFICER, ANALYST);
        boolean noticeReader = viewer.is(POLICE_OFFICER, CITY_INSPECTOR);
        String personal = reason != null ? " personalData { reporter { name email phone } victim { name email phone } "
                + "vulnerabilityFlags }" : "";
        String linked = (viewer.is(TASKING_COORDINATOR, POLICE_OFFICER, CITY_INSPECTOR, COUNCIL_OFFICER)
                ? " tasks { id title status windowStart windowEnd }" : "")
                + (noticeReader && reason != null ? " notices { id type status issuedAt }" : "");
        String query = "query Report($id: ID!) { report(id: $id) { " + REPORT_FIELDS + personal + linked + " }"
                + (staff ? " reportUpdates(id: $id) { id kind status publicText internalNote actor at }"
                        + " reportRisk(id: $id) { score level reviewBy breakdown { factor points explanation } }" : "")
                + " }";
        Answer answer = gateway.query(query, Map.of("id", id), reason);
        Views.Report found = answer.get("report", Views.Report.class);
        List<Views.ReportUpdate> updates = answer.list("reportUpdates", Views.ReportUpdate.class);
        Object personalData = answer.data() == null ? null : answer.data().path("report").path("personalData");
        return views.page(report, found == null ? "Report not found" : Views.words(found.category()) + " report",
                answer).data("report", found).data("updates", updates)
                .data("risk", answer.get("reportRisk", Map.class))
                .data("personal", reason == null ? null : Gateway.JSON.convertValue(personalData, Map.class))
                .data("form", form).data("statuses", Option.of(STATUSES, form.value("status")))
                .data("mayTriage", viewer.is(COUNCIL_OFFICER, TASKING_COORDINATOR, POLICE_OFFICER))
                .data("mayReadPersonal", viewer.is(COUNCIL_OFFICER, POLICE_OFFICER))
                .data("askReason", false).data("created", false).data("updated", false);
    }

    private TemplateInstance intakeForm(Forms form) {
        return views.page(reportNew, form.hasErrors() ? "Error: Report anti-social behaviour"
                : "Report anti-social behaviour", List.of()).data("form", form)
                .data("qualifiers", Option.of(QUALIFIERS, form.value("qualifier")))
                .data("categories", Option.of(CATEGORIES, form.value("category")))
                .data("sources", Option.of(SOURCES, form.value("source")));
    }

    private String defaultSource() {
        if (viewer.is(PARTNER)) {
            return "PARTNER";
        }
        if (viewer.is(POLICE_OFFICER)) {
            return "POLICE";
        }
        return viewer.is(CITY_INSPECTOR) ? "CITY_INSPECTOR" : "PUBLIC";
    }

    static Double number(Forms form, String field, String raw, String label) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            form.error(field, label + " must be a number, like 51.5103");
            return null;
        }
    }

    /** The date and time the behaviour happened, London time, as an ISO instant. */
    static String instant(Forms form, String date, String time) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(date.strip());
            if (time == null || time.isBlank()) {
                // no time given: noon, or now for a report made this morning (noon would be in the future)
                java.time.ZonedDateTime noon = day.atTime(LocalTime.NOON).atZone(Views.LONDON);
                java.time.ZonedDateTime now = java.time.ZonedDateTime.now(Views.LONDON);
                return (noon.isAfter(now) && day.equals(now.toLocalDate()) ? now : noon).toInstant().toString();
            }
            return day.atTime(LocalTime.parse(time.strip())).atZone(Views.LONDON).toInstant().toString();
        } catch (DateTimeParseException e) {
            form.error("occurredDate", "Enter the date as YYYY-MM-DD and the time as HH:MM");
            return null;
        }
    }

    static Response noStore(TemplateInstance page) {
        return Response.ok(page).header("Cache-Control", "no-store").build();
    }

    static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }

    static String query(String name, String value) {
        return value == null || value.isBlank() ? ""
                : "&" + name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
