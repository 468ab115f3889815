package pact.testsupport;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks a service's OpenAPI document: every GET (those whose declared answer can carry personal
 * data, a property with one of the given names, and those that declare no schema at all) is
 * called without an X-Access-Reason header, and must either refuse (400 naming the header) or
 * answer with those properties empty. Path and query parameters come from a map of known values, so that the
 * calls reach real records; a new endpoint with a parameter the map lacks fails the walk until
 * the test gives it a value.
 */
public final class PersonalDataWalk {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private PersonalDataWalk() {
    }

    /** The OpenAPI document the running service serves. */
    public static JsonNode openApi() {
        try {
            return JSON.readTree(given().accept("application/json").when().get("/q/openapi?format=json").then()
                    .statusCode(200).extract().asString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The OpenAPI document is not JSON", e);
        }
    }

    /** "GET /path" of every operation whose 200 answer can carry one of the personal properties. */
    public static List<String> personalReads(JsonNode openApi, Set<String> personal) {
        List<String> reads = new ArrayList<>();
        openApi.path("paths").fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode()) {
                return;
            }
            JsonNode schema = get.path("responses").path("200").path("content").path("application/json").path("schema");
            if (carries(openApi, schema, personal, new HashSet<>())) {
                reads.add("GET " + path.getKey());
            }
        });
        return reads;
    }

    /** "GET /path" of every read whose answer may carry personal data: declared so, or not declared at all. */
    public static List<String> readsToWalk(JsonNode openApi, Set<String> personal) {
        List<String> reads = new ArrayList<>();
        openApi.path("paths").fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode() || path.getKey().startsWith("/q/")) {
                return;
            }
            JsonNode ok = get.path("responses").path("200");
            JsonNode schema = ok.path("content").path("application/json").path("schema");
            boolean undeclared = ok.isMissingNode() || !ok.has("content") || schema.isMissingNode() || schema.isEmpty();
            boolean json = ok.path("content").isMissingNode() || ok.path("content").has("application/json");
            if (json && (undeclared || carries(openApi, schema, personal, new HashSet<>()))) {
                reads.add("GET " + path.getKey());
            }
        });
        return reads;
    }

    /** What went wrong, one line per read that let personal data out (empty when every read held). */
    public static List<String> violations(JsonNode openApi, Set<String> personal, Map<String, String> values,
            String token) {
        List<String> problems = new ArrayList<>();
        for (String read : readsToWalk(openApi, personal)) {
            String template = read.substring(4);
            JsonNode operation = openApi.path("paths").path(template).path("get");
            var request = given().auth().oauth2(token).accept("application/json");
            // a template given as a key names the whole path, for a parameter whose name means another record there
            Matcher m = PATH_PARAMETER.matcher(values.getOrDefault(template, template));
            StringBuilder path = new StringBuilder();
            boolean missing = false;
            while (m.find()) {
                String value = values.get(m.group(1));
                if (value == null) {
                    problems.add(read + ": give the walk a value for path parameter " + m.group(1));
                    missing = true;
                    break;
                }
                m.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            if (missing) {
                continue;
            }
            m.appendTail(path);
            for (JsonNode parameter : operation.path("parameters")) {
                String name = parameter.path("name").asText();
                if ("query".equals(parameter.path("in").asText()) && values.containsKey(name)) {
                    request = request.queryParam(name, values.get(name));
                }
            }
            Response answer = request.when().get(path.toString());
            int status = answer.statusCode();
            String body = answer.asString();
            if (status == 400 && body.contains("X-Access-Reason")) {
                continue;
            }
            if (status >= 300) {
                problems.add(read + " (" + path + "): answered " + status + " without proving anything: " + body);
                continue;
            }
            try {
                List<String> leaked = new ArrayList<>();
                leaks(JSON.readTree(body), personal, "$", leaked);
                if (!leaked.isEmpty()) {
                    problems.add(read + " (" + path + "): returned personal data with no reason stated: " + leaked);
                }
            } catch (java.io.IOException e) {
                problems.add(read + ": answered something that is not JSON");
            }
        }
        return problems;
    }

    static boolean carries(JsonNode openApi, JsonNode schema, Set<String> personal, Set<String> seen) {
        if (schema == null || schema.isMissingNode()) {
            return false;
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!seen.add(ref)) {
                return false;
            }
            return carries(openApi, openApi.at(ref.substring(1)), personal, seen);
        }
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            if (personal.contains(property.getKey()) || carries(openApi, property.getValue(), personal, seen)) {
                return true;
            }
        }
        for (String nested : List.of("items", "additionalProperties")) {
            if (schema.has(nested) && carries(openApi, schema.get(nested), personal, seen)) {
                return true;
            }
        }
        for (String combined : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode part : schema.path(combined)) {
                if (carries(openApi, part, personal, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    static void leaks(JsonNode node, Set<String> personal, String at, List<String> leaked) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (personal.contains(field.getKey()) && !field.getValue().isNull() && !isEmpty(field.getValue())) {
                    leaked.add(at + "." + field.getKey());
                } else {
                    leaks(field.getValue(), personal, at + "." + field.getKey(), leaked);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaks(node.get(i), personal, at + "[" + i + "]", leaked);
            }
        }
    }

    private static boolean isEmpty(JsonNode value) {
        return value.isContainerNode() && value.isEmpty();
    }
}
