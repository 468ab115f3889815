package pact.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generated input over every operation of a service's OpenAPI document: for each operation, a
 * number of requests built from its declared parameters and body schema, each one broken in a
 * different way (wrong types, extremes, hostile unicode, missing and extra fields, bodies that
 * are not JSON at all), sent with a token holding every role. Every answer must be below 500, a
 * refusal on an API path must be problem+json, and a refused write must leave the database as it
 * was (compared with a fingerprint of the stored rows before and after).
 *
 * <p>The random source is seeded: a failure names the seed and the request, so it can be re-run.
 */
public final class GeneratedRequests {
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    private final JsonNode openApi;
    private final Map<String, String> known = new HashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Predicate<String> operations = operation -> true;
    private Supplier<String> stored = () -> "";
    private int perOperation = 100;
    private long seed = Long.getLong("pact.fuzz.seed", 20261202L);

    /** What one run found. */
    public record Outcome(int operations, int requests, int serverErrors, Map<Integer, Integer> byStatus,
            List<String> failures) {
        public String summary(String service) {
            return service + " generated input: " + operations + " operations, " + requests + " requests, "
                    + serverErrors + " 5xx (answers by status: " + byStatus + ")";
        }
    }

    private GeneratedRequests(JsonNode openApi) {
        this.openApi = openApi;
    }

    /** Over the document the service under test serves. */
    public static GeneratedRequests overServedDocument() {
        return new GeneratedRequests(PersonalDataWalk.openApi());
    }

    /**
     * Known good values by parameter or property name (ids of real records), used in about half
     * the requests; a key "{template} {name}" gives a path parameter's value on that path only.
     */
    public GeneratedRequests known(Map<String, String> values) {
        known.putAll(values);
        return this;
    }

    /** A header sent with every request, such as the bearer token. */
    public GeneratedRequests header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Only the operations ("POST /api/notices") this accepts. */
    public GeneratedRequests only(Predicate<String> operations) {
        this.operations = operations;
        return this;
    }

    /** A fingerprint of everything stored: a refused write must leave it unchanged. */
    public GeneratedRequests stored(Supplier<String> fingerprint) {
        this.stored = fingerprint;
        return this;
    }

    public GeneratedRequests perOperation(int n) {
        this.perOperation = n;
        return this;
    }

    public GeneratedRequests seed(long seed) {
        this.seed = seed;
        return this;
    }

    public Outcome run() {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        int operationCount = 0;
        int requests = 0;
        int serverErrors = 0;
        Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith("/q/")) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                if (!method.getValue().isObject() || !method.getValue().has("responses") || !operations.test(name)) {
                    continue;
                }
                operationCount++;
                Operation operation = new Operation(method.getKey(), path.getKey(), method.getValue());
                for (int i = 0; i < perOperation; i++) {
                    Request request = operation.generate(random, i);
                    boolean write = WRITES.contains(operation.method);
                    String before = write ? stored.get() : "";
                    HttpResponse<String> answer;
                    try {
                        answer = http.send(request.build(headers), HttpResponse.BodyHandlers.ofString());
                    } catch (IOException e) {
                        failures.add(name + " #" + i + ": the connection failed (" + e + ") on " + request);
                        continue;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    requests++;
                    int status = answer.statusCode();
                    byStatus.merge(status, 1, Integer::sum);
                    String excerpt = excerpt(answer.body());
                    if (status >= 500) {
                        serverErrors++;
                        failures.add(name + " #" + i + ": " + status + " " + excerpt + " for " + request);
                        continue;
                    }
                    // 414 and 431 come from the HTTP layer, before any application code, with no body
                    boolean httpLayer = status == 414 || status == 431;
                    if (status >= 400 && !httpLayer && path.getKey().startsWith("/api/") && !isProblem(answer)) {
                        failures.add(name + " #" + i + ": " + status + " is not problem+json (" + answer.headers()
                                .firstValue("Content-Type").orElse("no content type") + ") for " + request);
                    }
                    if (status >= 400 && write && !before.equals(stored.get())) {
                        failures.add(name + " #" + i + ": refused with " + status + " but something was stored: "
                                + request + " -> " + excerpt);
                    }
                }
            }
        }
        if (!failures.isEmpty()) {
            failures.add(0, "seed " + seed + ", " + perOperation + " requests per operation");
        }
        return new Outcome(operationCount, requests, serverErrors, byStatus, failures);
    }

    private static boolean isProblem(HttpResponse<String> answer) {
        return answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
    }

    private static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }

    /** One request, kept printable for the failure report. */
    record Request(String method, String pathAndQuery, String contentType, String body, Map<String, String> headers) {
        HttpRequest build(Map<String, String> common) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(
                    URI.create("http://localhost:" + RestAssured.port + pathAndQuery)).timeout(Duration.ofSeconds(30));
            common.forEach(builder::header);
            headers.forEach(builder::header);
            if (contentType != null) {
                builder.header("Content-Type", contentType);
            }
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
            return builder.method(method.toUpperCase(), publisher).build();
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : " body " + (body.length() > 400 ? body.substring(0, 400) + "..." : body);
            String target = pathAndQuery.length() > 400 ? pathAndQuery.substring(0, 400) + "..." : pathAndQuery;
            return method.toUpperCase() + " " + target + (headers.isEmpty() ? "" : " headers " + headers)
                    + (contentType == null ? "" : " (" + contentType + ")") + shown;
        }
    }

    /** One operation of the document and the ways its requests are broken. */
    final class Operation {
        final String method;
        final String template;
        final JsonNode definition;
        final List<JsonNode> parameters = new ArrayList<>();

        Operation(String method, String template, JsonNode definition) {
            this.method = method;
            this.template = template;
            this.definition = definition;
            definition.path("parameters").forEach(p -> parameters.add(resolve(p)));
        }

        Request generate(Random random, int i) {
            // the first requests of each operation are well-formed, so the broken ones after them
            // meet a record that exists and a body that gets past the parser
            boolean wellFormed = i < 5;
            Matcher m = PATH_PARAMETER.matcher(template);
            StringBuilder path = new StringBuilder();
            while (m.find()) {
                String value = known.getOrDefault(template + " " + m.group(1), known.get(m.group(1)));
                boolean hostile = !wellFormed && (value == null || random.nextInt(3) == 0);
                String piece = hostile ? HostileValues.forUrl(random)
                        : value != null ? value : validText(schemaOf(m.group(1)), m.group(1), random);
                if (piece.isEmpty() || piece.equals(".") || piece.equals("..")) {
                    piece = "x";
                }
                m.appendReplacement(path, Matcher.quoteReplacement(HostileValues.Uris.encode(piece)));
            }
            m.appendTail(path);
            List<String> query = new ArrayList<>();
            Map<String, String> requestHeaders = new LinkedHashMap<>();
            for (JsonNode parameter : parameters) {
                String in = parameter.path("in").asText();
                String name = parameter.path("name").asText();
                if ("path".equals(in)) {
                    continue;
                }
                int choice = wellFormed ? 0 : random.nextInt(10);
                if (choice >= 8 && !parameter.path("required").asBoolean(false)) {
                    continue;
                }
                String value = choice < 6 ? validText(parameter.path("schema"), name, random)
                        : HostileValues.forUrl(random);
                if ("query".equals(in)) {
                    query.add(HostileValues.Uris.encode(name) + "=" + HostileValues.Uris.encode(value));
                } else if ("header".equals(in) && !"content-type".equalsIgnoreCase(name)) {
                    requestHeaders.put(name, headerSafe(value));
                }
            }
            if (!wellFormed && random.nextInt(8) == 0) {
                query.add("unexpected=" + HostileValues.inUrl(random));
            }
            if (!wellFormed && random.nextInt(12) == 0) {
                query.add(query.isEmpty() ? "page=1000000000" : query.get(0));
            }
            String pathAndQuery = path + (query.isEmpty() ? "" : "?" + String.join("&", query));
            JsonNode body = definition.path("requestBody").path("content");
            if (body.isMissingNode() || body.isEmpty()) {
                return new Request(method, pathAndQuery, null, null, requestHeaders);
            }
            String mediaType = body.fieldNames().next();
            JsonNode schema = resolve(body.path(mediaType).path("schema"));
            if (mediaType.contains("json")) {
                return new Request(method, pathAndQuery, "application/json", jsonBody(schema, wellFormed, random),
                        requestHeaders);
            }
            if (mediaType.contains("x-www-form-urlencoded")) {
                return new Request(method, pathAndQuery, mediaType, formBody(schema, wellFormed, random),
                        requestHeaders);
            }
            // text bodies (CSV and the like): lines of hostile text
            StringBuilder text = new StringBuilder();
            for (int line = 0, n = random.nextInt(4); line < n; line++) {
                text.append(HostileValues.raw(random)).append(',')
                        .append(HostileValues.raw(random)).append('\n');
            }
            return new Request(method, pathAndQuery, mediaType, text.toString(), requestHeaders);
        }

        private JsonNode schemaOf(String pathParameter) {
            for (JsonNode parameter : parameters) {
                if (pathParameter.equals(parameter.path("name").asText())) {
                    return parameter.path("schema");
                }
            }
            return NODES.objectNode();
        }

        private String jsonBody(JsonNode schema, boolean wellFormed, Random random) {
            JsonNode valid = validValue(schema, "", random, 0);
            if (wellFormed) {
                return valid.toString();
            }
            int kind = random.nextInt(20);
            if (kind == 0) {
                return HostileValues.pick(random, List.of("", "null", "[]", "42", "\"text\"", "{", "{\"a\":",
                        "{\"a\":1,}", "\u0000", "[".repeat(5000) + "]".repeat(5000), "{\"a\":" .repeat(3000)));
            }
            if (kind == 1 && valid instanceof ObjectNode object && object.size() > 0) {
                // the same key twice: the last one must not silently win
                String first = object.fieldNames().next();
                String text = object.toString();
                return "{\"" + first + "\":" + object.get(first) + "," + text.substring(1);
            }
            if (!(valid instanceof ObjectNode object)) {
                return HostileValues.any(random);
            }
            String broken = object.toString();
            for (int changes = 1 + random.nextInt(3); changes > 0; changes--) {
                broken = breakOne(schema, broken, random);
            }
            return broken;
        }

        /** One field of the object removed, added or replaced by a hostile value (nested objects too). */
        private String breakOne(JsonNode schema, String objectJson, Random random) {
            ObjectNode object;
            try {
                JsonNode parsed = JSON.readTree(objectJson);
                if (!(parsed instanceof ObjectNode o)) {
                    return objectJson;
                }
                object = o;
            } catch (IOException e) {
                // already carries raw hostile text: break it no further
                return objectJson;
            }
            List<String> fields = new ArrayList<>();
            object.fieldNames().forEachRemaining(fields::add);
            int kind = random.nextInt(4);
            if (kind == 0 && !fields.isEmpty()) {
                object.remove(fields.get(random.nextInt(fields.size())));
                return object.toString();
            }
            if (kind == 1 || fields.isEmpty()) {
                return withRawField(object, "unexpected" + random.nextInt(3), HostileValues.any(random));
            }
            String field = fields.get(random.nextInt(fields.size()));
            JsonNode nested = object.get(field);
            JsonNode nestedSchema = resolve(propertiesOf(schema).path(field));
            if (kind == 2 && nested instanceof ObjectNode) {
                object.remove(field);
                return withRawField(object, field, breakOne(nestedSchema, nested.toString(), random));
            }
            object.remove(field);
            String type = nestedSchema.path("type").asText();
            String format = nestedSchema.path("format").asText();
            String hostile = format.startsWith("date") && random.nextBoolean() ? HostileValues.pick(random,
                    HostileValues.DATES)
                    : "string".equals(type) && random.nextBoolean() ? HostileValues.pick(random, HostileValues.TEXT)
                    : ("integer".equals(type) || "number".equals(type)) && random.nextBoolean()
                            ? HostileValues.pick(random, HostileValues.NUMBERS)
                            : HostileValues.any(random);
            return withRawField(object, field, hostile);
        }

        private String withRawField(ObjectNode object, String field, String rawJson) {
            String rest = object.toString();
            String member = "\"" + field + "\":" + rawJson;
            return rest.equals("{}") ? "{" + member + "}" : "{" + member + "," + rest.substring(1);
        }

        private String formBody(JsonNode schema, boolean wellFormed, Random random) {
            List<String> pairs = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> properties = propertiesOf(schema).fields();
            while (properties.hasNext()) {
                Map.Entry<String, JsonNode> property = properties.next();
                int choice = wellFormed ? 0 : random.nextInt(10);
                if (choice >= 8) {
                    continue;
                }
                String value = choice < 6 ? validText(property.getValue(), property.getKey(), random)
                        : HostileValues.raw(random);
                pairs.add(HostileValues.Uris.encode(property.getKey()) + "=" + HostileValues.Uris.encode(value));
            }
            if (!wellFormed && random.nextInt(6) == 0) {
                pairs.add("unexpected=" + HostileValues.inUrl(random));
            }
            return String.join("&", pairs);
        }
    }

    private JsonNode propertiesOf(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("allOf")) {
            ObjectNode merged = NODES.objectNode();
            resolved.path("allOf").forEach(part -> merged.setAll((ObjectNode) propertiesOf(part).deepCopy()));
            return merged;
        }
        return resolved.path("properties").isObject() ? resolved.path("properties") : NODES.objectNode();
    }

    /** A value the schema allows, preferring a known value for the property's name. */
    JsonNode validValue(JsonNode schema, String name, Random random, int depth) {
        JsonNode resolved = resolve(schema);
        if (known.containsKey(name)) {
            String value = known.get(name);
            String type = resolved.path("type").asText();
            if ("integer".equals(type) || "number".equals(type)) {
                return NODES.numberNode(Double.parseDouble(value));
            }
            return NODES.textNode(value);
        }
        for (String combined : List.of("oneOf", "anyOf")) {
            if (resolved.path(combined).size() > 0) {
                return validValue(resolved.path(combined).get(0), name, random, depth);
            }
        }
        String type = resolved.path("type").asText(resolved.has("properties") || resolved.has("allOf") ? "object" : "");
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth > 4) {
                    return object;
                }
                Iterator<Map.Entry<String, JsonNode>> properties = propertiesOf(resolved).fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    if (!property.getValue().path("readOnly").asBoolean(false)) {
                        object.set(property.getKey(), validValue(property.getValue(), property.getKey(), random,
                                depth + 1));
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth <= 4) {
                    array.add(validValue(resolved.path("items"), name, random, depth + 1));
                }
                return array;
            }
            case "integer" -> {
                long min = resolved.path("minimum").asLong(1);
                return NODES.numberNode(Math.max(min, 1));
            }
            case "number" -> {
                return NODES.numberNode(resolved.has("minimum") ? resolved.path("minimum").asDouble() : 1.0);
            }
            case "boolean" -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            default -> {
                return NODES.textNode(validText(resolved, name, random));
            }
        }
    }

    /** A plausible text for a string parameter or property. */
    String validText(JsonNode schema, String name, Random random) {
        if (known.containsKey(name)) {
            return known.get(name);
        }
        JsonNode resolved = resolve(schema);
        if (resolved.path("enum").size() > 0) {
            JsonNode values = resolved.path("enum");
            return values.get(random.nextInt(values.size())).asText();
        }
        String format = resolved.path("format").asText();
        String type = resolved.path("type").asText();
        return switch (format) {
            case "date-time" -> "2026-06-01T21:30:00Z";
            case "date" -> "1990-01-01";
            case "uuid" -> UUID.randomUUID().toString();
            case "int32", "int64" -> "1";
            default -> switch (type) {
                case "integer" -> "1";
                case "number" -> "1.5";
                case "boolean" -> "true";
                default -> "text " + name;
            };
        };
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current != null && current.has("$ref") && hops < 10; hops++) {
            current = openApi.at(current.get("$ref").asText().substring(1));
        }
        return current == null ? NODES.objectNode() : current;
    }

    /** Header values may carry neither control characters nor anything outside Latin-1. */
    private static String headerSafe(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return out.toString().strip().isEmpty() ? "x" : out.toString().strip();
    }
}
