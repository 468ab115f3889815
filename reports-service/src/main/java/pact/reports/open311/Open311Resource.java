package pact.reports.open311;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.util.Optional;
import java.util.stream.Collectors;
import pact.reports.domain.IntakeChannel;
import pact.reports.domain.Qualifier;
import pact.reports.domain.ReportSource;
import pact.reports.mapping.Contact;
import pact.support.api.GeoPoint;
import pact.reports.mapping.NewReport;
import pact.reports.mapping.ReportView;
import pact.reports.service.ReportService;
import pact.support.problem.ProblemException;
import pact.support.validation.Plausible;

/**
 * Open311 GeoReport v2, so that existing reporting apps (FixMyStreet among them) can send
 * ASB reports straight to PACT without a login. Errors use Open311's own format
 * ({@code [{code, description}]}), which those clients understand, rather than problem+json.
 */
@Path("/open311/v2")
@PermitAll
@Tag(name = "Open311 GeoReport v2")
public class Open311Resource {
    static final String FORMAT = "{format:json|xml}";

    @Inject
    Open311Config config;

    @Inject
    ReportService reports;

    @Inject
    Open311Requests requests;

    @Inject
    Validator validator;

    @Inject
    HttpServerRequest connection;

    final RateLimiter limiter = new RateLimiter(System::currentTimeMillis);

    @GET
    @Path("services." + FORMAT)
    @Operation(summary = "The ASB services the public can report")
    public Response services(@PathParam("format") String format, @Context HttpHeaders headers,
            @QueryParam("api_key") String apiKey) {
        Response limited = readLimit(apiKey, headers);
        if (limited != null) {
            return limited;
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
    @Path("services/{code}." + FORMAT)
    @Operation(summary = "A service's definition: the attributes a request may carry")
    public Response definition(@PathParam("code") String code, @PathParam("format") String format,
            @Context HttpHeaders headers, @QueryParam("api_key") String apiKey) {
        Response limited = readLimit(apiKey, headers);
        if (limited != null) {
            return limited;
        }
        if (Open311Services.byCode(code).isEmpty()) {
            return error(format, 404, "service_code " + code + " is not a PACT service; see services." + format);
        }
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", code);
        definition.put("attributes", List.of(
                attribute("occurred_at", "datetime", false, 1, "When did it happen? (ISO 8601; default: now)", null),
                attribute("targeted", "singlevaluelist", false, 2, "Was it aimed at you or someone you know?",
                        List.of(value("yes", "Yes"), value("no", "No"))),
                attribute("repeat", "singlevaluelist", false, 3, "Has this happened here before?",
                        List.of(value("yes", "Yes"), value("no", "No")))));
        if ("xml".equals(format)) {
            return Response.ok(Open311Xml.writeOne("service_definition", definition), MediaType.APPLICATION_XML)
                    .build();
        }
        return Response.ok(definition, MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("requests." + FORMAT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Report ASB (needs an API key); answers the new service_request_id")
    public Response create(@PathParam("format") String format, MultivaluedMap<String, String> form) {
        Optional<String> withNul = Open311NulParameters.first(form);
        if (withNul.isPresent()) {
            return error(format, 400, withNul.get() + " " + Open311NulParameters.MESSAGE);
        }
        String apiKey = form.getFirst("api_key");
        String client = clientOf(apiKey);
        if (client == null) {
            return error(format, 403, "api_key is missing or not known to PACT");
        }
        long wait = limiter.secondsToWait("submit:" + client, config.submissionsPerMinute());
        if (wait > 0) {
            return tooMany(format, wait, "at most " + config.submissionsPerMinute() + " requests a minute per API key");
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
        OffsetDateTime occurred;
        try {
            String when = form.getFirst("attribute[occurred_at]");
            occurred = when == null || when.isBlank() ? OffsetDateTime.now() : OffsetDateTime.parse(when.trim());
        } catch (DateTimeParseException e) {
            return error(format, 400, "attribute[occurred_at] is not an ISO 8601 date-time");
        }
        String implausible = Plausible.eventProblem(occurred.toInstant());
        if (implausible != null) {
            return error(format, 400, "attribute[occurred_at] " + implausible);
        }
        boolean targeted = "yes".equalsIgnoreCase(form.getFirst("attribute[targeted]"));
        String name = String.join(" ", Arrays.stream(new String[] {form.getFirst("first_name"),
                form.getFirst("last_name")}).filter(s -> s != null && !s.isBlank()).toList());
        Contact reporter = new Contact(name.isEmpty() ? null : name, blankToNull(form.getFirst("email")),
                blankToNull(form.getFirst("phone")));
        String description = form.getFirst("description");
        String media = form.getFirst("media_url");
        if (description != null && media != null && !media.isBlank()) {
            description = description + "\n\nMedia: " + media.trim();
        }
        if ("yes".equalsIgnoreCase(form.getFirst("attribute[repeat]")) && description != null) {
            description = description + "\n\nThe reporter says this has happened here before.";
        }
        NewReport report = new NewReport(targeted ? Qualifier.PERSONAL : service.defaultQualifier(),
                service.category(), description, new GeoPoint(lat, lon), blankToNull(form.getFirst("address_string")),
                occurred, ReportSource.PUBLIC, null, null, reporter, targeted ? reporter : null, Set.of());
        Set<ConstraintViolation<NewReport>> violations = validator.validate(report);
        if (!violations.isEmpty()) {
            List<Map<String, Object>> errors = violations.stream()
                    .map(v -> open311Error(400, open311Field(v.getPropertyPath().toString()) + " " + v.getMessage()))
                    .toList();
            return respond(format, 400, "errors", "error", errors);
        }
        ReportView created;
        try {
            created = reports.create(report, "open311:" + client, IntakeChannel.OPEN311);
        } catch (ProblemException e) {
            String detail = e.problem().errors().isEmpty() ? e.problem().detail()
                    : e.problem().errors().get(0).field().replace("location", "lat/long") + " "
                            + e.problem().errors().get(0).message();
            return error(format, e.problem().status(), detail);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("service_request_id", created.id().toString());
        answer.put("service_notice", "Thank you. The Westminster PACT team reviews every report; "
                + "in an emergency call 999.");
        answer.put("account_id", null);
        return respond(format, 201, "service_requests", "request", List.of(answer));
    }

    @GET
    @Path("requests." + FORMAT)
    @Operation(summary = "Reports made through Open311, newest first (90 days by default, at most 1,000)")
    public Response list(@PathParam("format") String format, @QueryParam("service_request_id") String ids,
            @QueryParam("service_code") String serviceCode, @QueryParam("start_date") String start,
            @QueryParam("end_date") String end, @QueryParam("status") String status,
            @QueryParam("api_key") String apiKey, @Context HttpHeaders headers) {
        Response limited = readLimit(apiKey, headers);
        if (limited != null) {
            return limited;
        }
        List<UUID> idList = new ArrayList<>();
        if (ids != null && !ids.isBlank()) {
            for (String id : ids.split(",")) {
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
    @Path("requests/{id}." + FORMAT)
    @Operation(summary = "One report made through Open311")
    public Response one(@PathParam("id") String id, @PathParam("format") String format,
            @QueryParam("api_key") String apiKey, @Context HttpHeaders headers) {
        Response limited = readLimit(apiKey, headers);
        if (limited != null) {
            return limited;
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

    private String clientOf(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return null;
        }
        return config.clients().entrySet().stream()
                .filter(e -> java.security.MessageDigest.isEqual(e.getValue().apiKey().getBytes(),
                        apiKey.trim().getBytes()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private Response readLimit(String apiKey, HttpHeaders headers) {
        String client = clientOf(apiKey);
        String caller = client != null ? "read:" + client
                : "read-anonymous:" + CallerAddress.of(peer(), headers.getHeaderString("X-Forwarded-For"),
                        trustedProxies());
        long wait = limiter.secondsToWait(caller, config.readsPerMinute());
        return wait > 0 ? tooMany("json", wait, "at most " + config.readsPerMinute() + " reads a minute") : null;
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

    private static Response tooMany(String format, long wait, String why) {
        return Response.fromResponse(error(format, 429, "Too many requests: " + why + "; retry after " + wait + " s"))
                .header("Retry-After", wait).build();
    }

    static Response error(String format, int status, String description) {
        return respond(format, status, "errors", "error", List.of(open311Error(status, description)));
    }

    static Map<String, Object> open311Error(int code, String description) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("description", description);
        return error;
    }

    static Response respond(String format, int status, String root, String item, List<Map<String, Object>> items) {
        if ("xml".equals(format)) {
            return Response.status(status).type(MediaType.APPLICATION_XML)
                    .entity(Open311Xml.write(root, item, items)).build();
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(items).build();
    }

    private static Map<String, Object> attribute(String code, String datatype, boolean required, int order,
            String description, List<Map<String, Object>> values) {
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("variable", true);
        attribute.put("code", code);
        attribute.put("datatype", datatype);
        attribute.put("required", required);
        attribute.put("datatype_description", null);
        attribute.put("order", order);
        attribute.put("description", description);
        if (values != null) {
            attribute.put("values", values);
        }
        return attribute;
    }

    private static Map<String, Object> value(String key, String name) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("key", key);
        value.put("name", name);
        return value;
    }

    private static String open311Field(String property) {
        return switch (property) {
            case "location.lat" -> "lat";
            case "location.lon" -> "long";
            case "reporter.email" -> "email";
            case "reporter.phone" -> "phone";
            case "address" -> "address_string";
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
