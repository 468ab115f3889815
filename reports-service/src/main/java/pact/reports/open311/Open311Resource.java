package pact.reports.open311;

import static pact.reports.open311.Open311Answers.error;
import static pact.reports.open311.Open311Answers.respond;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pact.reports.mapping.NewReport;
import pact.support.api.GeoPoint;
import pact.support.problem.ProblemException;
import pact.support.validation.Plausible;

/**
 * Open311 GeoReport v2 with mySociety's service request updates, so that existing reporting apps
 * (FixMyStreet among them) can send ASB reports straight to PACT without a login and follow what
 * happens to them. Every error, an unknown route's included, is in Open311's own format.
 */
@Path("/open311")
@PermitAll
@Tag(name = "Open311 GeoReport v2", description = "The public's way in, without a login (GeoReport v2 and mySociety's "
        + "service request updates): an API key per client app, sent as api_key, is needed to report and to comment")
// no login: anyone may read the public feed; api_key is a parameter of the operations that need it
@SecurityRequirementsSet({})
@APIResponse(responseCode = "200", description = "The answer, in Open311's XML or JSON as the path's format asks")
@APIResponse(responseCode = "400", description = "Bad input: Open311 <errors> (XML) or [{code, description}] (JSON)")
@APIResponse(responseCode = "429", description = "Over the read or submission limit: Open311 <errors>, with Retry-After")
public class Open311Resource {
    static final String FORMAT = "{format:json|xml}";

    @Inject
    Open311Config config;

    @Inject
    Open311Intake intake;

    @Inject
    Open311Requests requests;

    @Inject
    Open311Updates updates;

    @Inject
    Validator validator;

    @Inject
    HttpServerRequest connection;

    final RateLimiter limiter = new RateLimiter(System::currentTimeMillis);

    @GET
    @Path("v2/services." + FORMAT)
    @Operation(operationId = "listOpen311Services", summary = "The ASB services the public can report")
    public Response services(@PathParam("format") String format, @QueryParam("api_key") String apiKey,
            @QueryParam("jurisdiction_id") String jurisdiction, @Context HttpHeaders headers) {
        Response refused = readRefusal(format, apiKey, jurisdiction, headers);
        if (refused != null) {
            return refused;
        }
        List<Map<String, Object>> services = new ArrayList<>();
        for (Open311Services.Service service : Open311Services.all()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("service_code", service.code());
            fields.put("service_name", service.name());
            fields.put("description", service.description());
            fields.put("metadata", true);
            fields.put("type", "realtime");
            fields.put("keywords", service.keywords());
            fields.put("group", "Anti-social behaviour");
            services.add(fields);
        }
        return respond(format, 200, "services", "service", services);
    }

    @GET
    @Path("v2/services/{code}." + FORMAT)
    @Operation(operationId = "getOpen311ServiceDefinition", summary = "A service's definition: the attributes a request may carry")
    public Response definition(@PathParam("code") String code, @PathParam("format") String format,
            @QueryParam("api_key") String apiKey, @QueryParam("jurisdiction_id") String jurisdiction,
            @Context HttpHeaders headers) {
        Response refused = readRefusal(format, apiKey, jurisdiction, headers);
        if (refused != null) {
            return refused;
        }
        if (Open311Services.byCode(code).isEmpty()) {
            return error(format, 404, "service_code " + code + " is not a PACT service; see services." + format);
        }
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", code);
        definition.put("attributes", Open311Services.attributes());
        if (Open311Answers.XML.equals(format)) {
            return Response.ok(Open311Xml.writeOne("service_definition", definition), MediaType.APPLICATION_XML)
                    .build();
        }
        return Response.ok(definition, MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("v2/requests." + FORMAT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "createOpen311Request", summary = "Report ASB (needs an API key); answers the service_request_id, the first one's for a "
            + "re-send with the same fixmystreet_id")
    @APIResponse(responseCode = "201", description = "Taken: the new service_request_id (200 for a re-send: the first report's id)")
    public Response create(@PathParam("format") String format, MultivaluedMap<String, String> form) {
        String client = clientOf(form.getFirst("api_key"));
        Response refused = submissionRefusal(format, form, client);
        if (refused != null) {
            return refused;
        }
        String serviceCode = form.getFirst("service_code");
        Open311Services.Service service = serviceCode == null ? null : Open311Services.byCode(serviceCode).orElse(null);
        if (service == null) {
            return error(format, 400, "service_code " + (serviceCode == null ? "is required" : serviceCode
                    + " is not a PACT service"));
        }
        Double lat = number(form.getFirst("lat"));
        Double lon = number(form.getFirst("long"));
        if (lat == null || lon == null) {
            return error(format, 400, "lat and long are required (decimal degrees, WGS84)");
        }
        String description = ResidentText.withLineFeeds(form.getFirst("description"));
        String tooLong = ResidentText.tooLong(description);
        if (tooLong != null) {
            return error(format, 400, "description " + tooLong);
        }
        NewReport report = ReportForm.toNewReport(form, client, service, new GeoPoint(lat, lon), description,
                Instant.now());
        List<String> invalid = validator.validate(report).stream().filter(v -> !isStaffDescriptionLimit(v))
                .map(v -> open311Field(v.getPropertyPath().toString()) + " " + v.getMessage()).toList();
        if (!invalid.isEmpty()) {
            return Open311Answers.errors(format, 400, invalid);
        }
        Open311Intake.Taken taken;
        try {
            taken = intake.take(report, client);
        } catch (ProblemException e) {
            return problem(format, e);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("service_request_id", taken.id().toString());
        answer.put("service_notice", "Thank you. The Westminster PACT team reviews every report; "
                + "in an emergency call 999.");
        answer.put("account_id", null);
        return respond(format, taken.isNew() ? 201 : 200, "service_requests", "request", List.of(answer));
    }

    @GET
    @Path("v2/requests." + FORMAT)
    @Operation(operationId = "listOpen311Requests", summary = "Reports in the public feed, newest first (90 days by default, at most 1,000; "
            + "at most 1,000 ids)")
    public Response list(@PathParam("format") String format, @QueryParam("service_request_id") String ids,
            @QueryParam("service_code") String serviceCode, @QueryParam("start_date") String start,
            @QueryParam("end_date") String end, @QueryParam("status") String status,
            @QueryParam("api_key") String apiKey, @QueryParam("jurisdiction_id") String jurisdiction,
            @Context HttpHeaders headers) {
        Response refused = readRefusal(format, apiKey, jurisdiction, headers);
        if (refused != null) {
            return refused;
        }
        List<UUID> idList = new ArrayList<>();
        if (ids != null && !ids.isBlank()) {
            String[] given = ids.split(",");
            if (given.length > Open311Requests.MAX_IDS) {
                return error(format, 400, "service_request_id names " + given.length + " requests; ask for at most "
                        + Open311Requests.MAX_IDS + " in one call");
            }
            for (String id : given) {
                try {
                    idList.add(UUID.fromString(id.trim()));
                } catch (IllegalArgumentException e) {
                    return error(format, 400, "service_request_id " + id.trim() + " is not a PACT request id");
                }
            }
        }
        if (serviceCode != null && Open311Services.byCode(serviceCode).isEmpty()) {
            return error(format, 400, "service_code " + serviceCode + " is not a PACT service");
        }
        if (status != null && !status.equals("open") && !status.equals("closed")) {
            return error(format, 400, "status must be open or closed");
        }
        Instant from;
        Instant to;
        try {
            from = instant("start_date", start);
            to = instant("end_date", end);
        } catch (IllegalArgumentException e) {
            return error(format, 400, e.getMessage());
        }
        return respond(format, 200, "service_requests", "request",
                requests.find(new Open311Requests.Query(idList, serviceCode, from, to, status)));
    }

    @GET
    @Path("v2/requests/{id}." + FORMAT)
    @Operation(operationId = "getOpen311Request", summary = "One report in the public feed")
    public Response one(@PathParam("id") String id, @PathParam("format") String format,
            @QueryParam("api_key") String apiKey, @QueryParam("jurisdiction_id") String jurisdiction,
            @Context HttpHeaders headers) {
        Response refused = readRefusal(format, apiKey, jurisdiction, headers);
        if (refused != null) {
            return refused;
        }
        UUID uuid;
        try {
            uuid = UUID.fromString(id.trim());
        } catch (IllegalArgumentException e) {
            return error(format, 404, "No request " + id);
        }
        List<Map<String, Object>> found = requests.find(new Open311Requests.Query(List.of(uuid), null, null, null,
                null));
        return found.isEmpty() ? error(format, 404, "No request " + id)
                : respond(format, 200, "service_requests", "request", found);
    }

    @GET
    @Path("v2/servicerequestupdates." + FORMAT)
    @Operation(summary = "What residents may read of reports' progress, oldest first: of reports in the public "
            + "feed and, with an API key, of the reports that client sent (last 24 hours by default, at most 1,000)")
    public Response updateList(@PathParam("format") String format, @QueryParam("start_date") String start,
            @QueryParam("end_date") String end, @QueryParam("api_key") String apiKey,
            @QueryParam("jurisdiction_id") String jurisdiction, @Context HttpHeaders headers) {
        Response refused = readRefusal(format, apiKey, jurisdiction, headers);
        if (refused != null) {
            return refused;
        }
        Instant from;
        Instant to;
        try {
            from = instant("start_date", start);
            to = instant("end_date", end);
        } catch (IllegalArgumentException e) {
            return error(format, 400, e.getMessage());
        }
        if (from != null && to != null && from.isAfter(to)) {
            return error(format, 400, "start_date " + start + " is after end_date " + end);
        }
        return respond(format, 200, "service_request_updates", "request_update",
                updates.find(new Open311Updates.Query(clientOf(apiKey), from, to)));
    }

    @POST
    @Path("v2/servicerequestupdates." + FORMAT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "A resident's comment on a report the client sent (needs its API key); staff read it. "
            + "Answers the update_id, the first one's for a re-send of the client's update_id")
    @APIResponse(responseCode = "201", description = "Stored: the update_id (200 for a re-send: the same one)")
    public Response comment(@PathParam("format") String format, MultivaluedMap<String, String> form) {
        String client = clientOf(form.getFirst("api_key"));
        Response refused = submissionRefusal(format, form, client);
        if (refused != null) {
            return refused;
        }
        String requestId = form.getFirst("service_request_id");
        UUID reportId;
        try {
            reportId = UUID.fromString(requestId == null ? "" : requestId.trim());
        } catch (IllegalArgumentException e) {
            return error(format, 404, "No request " + requestId);
        }
        String theirId = blankToNull(form.getFirst("update_id"));
        if (theirId != null && theirId.length() > Open311Updates.THEIR_ID_MAX) {
            return error(format, 400, "update_id is longer than " + Open311Updates.THEIR_ID_MAX + " characters");
        }
        String text = ResidentText.withLineFeeds(form.getFirst("description"));
        String tooLong = ResidentText.tooLong(text);
        if (tooLong != null) {
            return error(format, 400, "description " + tooLong);
        }
        Open311Updates.Comment comment = new Open311Updates.Comment(reportId, theirId, text,
                form.getFirst("status"), ReportForm.name(form), form.getFirst("email"),
                form.getFirst("phone"), form.getOrDefault("media_url", List.of()), form.getFirst("updated_datetime"));
        Open311Updates.Taken taken;
        try {
            taken = updates.take(client, comment);
        } catch (ProblemException e) {
            return problem(format, e);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("update_id", taken.updateId());
        return respond(format, taken.isNew() ? 201 : 200, "service_request_updates", "request_update",
                List.of(answer));
    }

    @GET
    @Path("{route: .*}")
    @Operation(hidden = true)
    public Response unknownRead(@Context UriInfo uri) {
        return unknown(uri);
    }

    @POST
    @Path("{route: .*}")
    @Operation(hidden = true)
    public Response unknownWrite(@Context UriInfo uri) {
        return unknown(uri);
    }

    private static Response unknown(UriInfo uri) {
        String path = uri.getPath();
        return error(Open311Answers.formatOf(path), 404, "No Open311 route " + path + "; PACT serves "
                + "/open311/v2/ services, services/{code}, requests, requests/{id} and servicerequestupdates, "
                + "each as .xml or .json");
    }

    /** A date filter, or null when absent; the exception's message names the parameter. */
    private static Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Instant value;
        try {
            value = OffsetDateTime.parse(raw.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO 8601 date-time (w3 format)");
        }
        String implausible = Plausible.filterProblem(value);
        if (implausible != null) {
            throw new IllegalArgumentException(name + " " + implausible);
        }
        return value;
    }

    /** The client an API key belongs to, or null. */
    private String clientOf(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return null;
        }
        byte[] given = apiKey.trim().getBytes(StandardCharsets.UTF_8);
        return config.clients().entrySet().stream()
                .filter(e -> MessageDigest.isEqual(e.getValue().apiKey().getBytes(StandardCharsets.UTF_8), given))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** Why a read is refused (too many, another jurisdiction), or null. */
    private Response readRefusal(String format, String apiKey, String jurisdiction, HttpHeaders headers) {
        String client = clientOf(apiKey);
        String caller = client != null ? "read:" + client
                : "read-anonymous:" + CallerAddress.of(peer(), headers.getHeaderString("X-Forwarded-For"),
                        trustedProxies());
        long wait = limiter.secondsToWait(caller, config.readsPerMinute());
        if (wait > 0) {
            return Open311Answers.tooMany(format, wait, "at most " + config.readsPerMinute() + " reads a minute");
        }
        return otherJurisdiction(format, jurisdiction);
    }

    /** Why a POST is refused (a NUL character, no known API key, too many, another jurisdiction), or null. */
    private Response submissionRefusal(String format, MultivaluedMap<String, String> form, String client) {
        Optional<String> withNul = Open311NulParameters.first(form);
        if (withNul.isPresent()) {
            return error(format, 400, withNul.get() + " " + Open311NulParameters.MESSAGE);
        }
        if (client == null) {
            return error(format, 403, "api_key is missing or not known to PACT");
        }
        long wait = limiter.secondsToWait("submit:" + client, config.submissionsPerMinute());
        if (wait > 0) {
            return Open311Answers.tooMany(format, wait, "at most " + config.submissionsPerMinute()
                    + " submissions a minute per API key");
        }
        return otherJurisdiction(format, form.getFirst("jurisdiction_id"));
    }

    /** A 400 naming a jurisdiction_id that is not PACT's, when PACT has one; null otherwise. */
    private Response otherJurisdiction(String format, String given) {
        Optional<String> ours = config.jurisdictionId();
        if (given == null || given.isBlank() || ours.isEmpty() || ours.get().equals(given.trim())) {
            return null;
        }
        return error(format, 400, "jurisdiction_id " + given.trim() + " is not this endpoint's jurisdiction ("
                + ours.get() + ")");
    }

    /** The address at the other end of the connection, whatever the headers claim. */
    private String peer() {
        SocketAddress remote = connection.remoteAddress();
        return remote == null ? null : remote.hostAddress();
    }

    private Set<String> trustedProxies() {
        return config.trustedProxies().map(list -> list.stream().map(String::trim).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    /** A refusal from PACT's services, in Open311's format, naming the Open311 field. */
    private static Response problem(String format, ProblemException e) {
        String detail = e.problem().errors().isEmpty() ? e.problem().detail()
                : e.problem().errors().get(0).field().replace("location", "lat/long") + " "
                        + e.problem().errors().get(0).message();
        return error(format, e.problem().status(), detail);
    }

    /**
     * Open311 bounds the resident's own words itself ({@link ResidentText#MAX}) and adds PACT's notes
     * after them, so the staff form's description limit does not apply.
     */
    private static boolean isStaffDescriptionLimit(ConstraintViolation<NewReport> violation) {
        return violation.getPropertyPath().toString().equals("description")
                && violation.getConstraintDescriptor().getAnnotation() instanceof Size;
    }

    private static String open311Field(String property) {
        return switch (property) {
            case "location.lat" -> "lat";
            case "location.lon" -> "long";
            case "reporter.email" -> "email";
            case "reporter.phone" -> "phone";
            case "address" -> "address_string";
            case "sourceReference" -> "attribute[fixmystreet_id]";
            default -> property;
        };
    }

    private static Double number(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : Double.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
