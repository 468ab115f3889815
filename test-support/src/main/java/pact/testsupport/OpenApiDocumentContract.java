package pact.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The service's OpenAPI document as an integrator's tools need it, checked offline in every build
 * (Redocly's recommended rules, run by hand with the repository's redocly.yaml, check the same and
 * more): a unique operationId on every operation, a description on every response, a schema on
 * every parameter and header, a server, a security requirement on every operation (an empty one
 * where no login is needed) backed by a declared scheme, a description on every tag, every refusal
 * documented as problem+json, a schema on every JSON success answer (Open311's answers, XML or JSON
 * as the path's format says, are the Open311 specification's), and every example shaped as its
 * schema says.
 */
public abstract class OpenApiDocumentContract {
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    protected JsonNode document() throws Exception {
        String json = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        return new ObjectMapper().readTree(json);
    }

    @Test
    void the_document_is_what_generated_clients_and_linters_need() throws Exception {
        JsonNode doc = document();
        List<String> problems = new ArrayList<>();
        if (!doc.path("servers").isArray() || doc.path("servers").isEmpty()) {
            problems.add("no servers");
        }
        if (doc.path("components").path("securitySchemes").isEmpty()) {
            problems.add("no security scheme");
        }
        Map<String, String> operationIds = new HashMap<>();
        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            String where = entry.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = entry.getValue();
            String id = operation.path("operationId").asText("");
            if (id.isEmpty()) {
                problems.add(where + ": no operationId");
            } else if (operationIds.put(id, where) != null) {
                problems.add(where + ": operationId " + id + " also names " + operationIds.get(id));
            }
            if (!operation.has("security") && !doc.has("security")) {
                problems.add(where + ": no security requirement (use an empty one where no login is needed)");
            }
            for (JsonNode parameter : operation.path("parameters")) {
                if (!parameter.has("schema") && !parameter.has("content") && !parameter.has("$ref")) {
                    problems.add(where + ": parameter " + parameter.path("name").asText() + " has no schema");
                }
            }
            examples(operation.path("requestBody")).forEach((name, shape) ->
                    problems.addAll(exampleProblems(doc, where + " request example " + name, shape[0], shape[1])));
            operation.path("responses").properties().forEach(response -> {
                examples(response.getValue()).forEach((name, shape) -> problems.addAll(exampleProblems(doc,
                        where + " " + response.getKey() + " example " + name, shape[0], shape[1])));
                if (response.getKey().matches("[45]..") && !response.getValue().path("content")
                        .path("application/problem+json").has("schema")) {
                    problems.add(where + " " + response.getKey() + ": a refusal not documented as problem+json");
                }
                if (response.getKey().startsWith("2") && !path.getKey().endsWith(".{format}")
                        && response.getValue().path("content").path("application/json").path("schema").isEmpty()
                        && response.getValue().path("content").has("application/json")) {
                    problems.add(where + " " + response.getKey() + ": an answer without a schema (generated clients "
                            + "get an untyped value): name it with @APIResponse");
                }
                if (!response.getValue().has("description") && !response.getValue().has("$ref")) {
                    problems.add(where + " " + response.getKey() + ": response without description");
                }
                response.getValue().path("headers").properties().forEach(header -> {
                    if (!header.getValue().has("schema") && !header.getValue().has("content")) {
                        problems.add(where + " " + response.getKey() + ": header " + header.getKey()
                                + " has no schema");
                    }
                });
            });
        }));
        for (JsonNode tag : doc.path("tags")) {
            if (tag.path("description").asText("").isBlank()) {
                problems.add("tag '" + tag.path("name").asText() + "' has no description");
            }
        }
        danglingReferences(doc, doc, problems);
        assertFalse(operationIds.isEmpty(), "no operations in the document");
        assertEquals(List.of(), problems);
    }

    /** Every {@code $ref} names something the document defines. */
    static void danglingReferences(JsonNode doc, JsonNode node, List<String> problems) {
        if (node.has("$ref") && node.path("$ref").isTextual()) {
            String ref = node.path("$ref").asText();
            if (ref.startsWith("#/") && doc.at(ref.substring(1)).isMissingNode()) {
                problems.add("$ref " + ref + " names nothing in the document");
            }
        }
        node.forEach(child -> danglingReferences(doc, child, problems));
    }

    /**
     * Sends every request example of {@code POST path} as it stands, as the given caller, and checks
     * the answer's status: an example that the service would refuse misleads the integrator who copies it.
     */
    protected void sendsItsRequestExamples(String path, io.restassured.specification.RequestSpecification caller,
            int status) throws Exception {
        JsonNode operation = document().path("paths").path(path).path("post");
        Map<String, JsonNode[]> examples = examples(operation.path("requestBody"));
        assertFalse(examples.isEmpty(), "POST " + path + " has no request example");
        assertFalse(operation.path("responses").path(Integer.toString(status)).isMissingNode(),
                "POST " + path + " answers " + status + ", which its document does not list");
        for (var example : examples.entrySet()) {
            caller.contentType("application/json").body(example.getValue()[1].toString())
                    .when().post(path).then().log().ifValidationFails().statusCode(status);
        }
    }

    /** The examples of a request body or response, by name: their schema and value. */
    static Map<String, JsonNode[]> examples(JsonNode bodyOrResponse) {
        Map<String, JsonNode[]> found = new HashMap<>();
        bodyOrResponse.path("content").properties().forEach(media -> media.getValue().path("examples").properties()
                .forEach(example -> found.put(media.getKey() + " " + example.getKey(),
                        new JsonNode[] {media.getValue().path("schema"), example.getValue().path("value")})));
        return found;
    }

    /** Where an example's members differ from its schema's properties (unknown ones, required ones left out). */
    static List<String> exampleProblems(JsonNode doc, String where, JsonNode schema, JsonNode value) {
        List<String> problems = new ArrayList<>();
        JsonNode resolved = resolve(doc, schema);
        if (value.isMissingNode()) {
            problems.add(where + ": no value");
        } else if (value.isTextual() && resolved.has("properties")) {
            problems.add(where + ": a string where an object belongs (not parsed as JSON?)");
        } else if (value.isObject() && resolved.has("properties")) {
            value.properties().forEach(member -> {
                JsonNode property = resolved.path("properties").path(member.getKey());
                if (property.isMissingNode()) {
                    problems.add(where + ": '" + member.getKey() + "' is not in the schema");
                } else if (!member.getValue().isNull()) {
                    problems.addAll(exampleProblems(doc, where + "." + member.getKey(), property, member.getValue()));
                }
            });
            for (JsonNode required : resolved.path("required")) {
                if (!value.has(required.asText())) {
                    problems.add(where + ": required '" + required.asText() + "' left out");
                }
            }
        } else if (value.isArray() && resolved.has("items")) {
            for (JsonNode item : value) {
                problems.addAll(exampleProblems(doc, where + "[]", resolved.path("items"), item));
            }
        }
        return problems;
    }

    static JsonNode resolve(JsonNode doc, JsonNode schema) {
        return ApiCompatibility.resolve(doc, schema);
    }
}
