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
 * where no login is needed) backed by a declared scheme, and a description on every tag.
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
            operation.path("responses").properties().forEach(response -> {
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
        assertFalse(operationIds.isEmpty(), "no operations in the document");
        assertEquals(List.of(), problems);
    }
}
