package pact.enforcement.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pact.enforcement.rest.V1.admin;
import static pact.enforcement.rest.V1.met;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

/**
 * The served document's examples are what this service really does: the request examples are sent
 * as they stand, and the answers have the members the response examples show.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class ApiExamplesTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode document() throws Exception {
        return JSON.readTree(given().queryParam("format", "json").get("/q/openapi").asString());
    }

    static JsonNode example(JsonNode operation, String pointer) {
        return operation.at(pointer);
    }

    @Test
    void the_issue_examples_are_a_real_issue_a_real_refusal_and_a_real_status_change() throws Exception {
        JsonNode issue = document().at("/paths/~1api~1v1~1notices/post");
        JsonNode request = example(issue, "/requestBody/content/application~1json/examples/warning/value");
        JsonNode issuedExample = example(issue, "/responses/201/content/application~1json/examples/warning/value");
        JsonNode refusedExample = example(issue, "/responses/422/content/application~1problem+json/examples/refused/value");

        JsonNode issued = JSON.readTree(met().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(request.toString()).post("/api/v1/notices").then().statusCode(201).extract().asString());
        assertEquals(members(issuedExample), members(issued));
        assertEquals(issuedExample.path("legalBasis"), issued.path("legalBasis"));
        assertEquals(issuedExample.path("nextStatuses"), issued.path("nextStatuses"));

        ((com.fasterxml.jackson.databind.node.ObjectNode) request).remove("complyBy");
        met().header("Idempotency-Key", UUID.randomUUID().toString()).body(request.toString())
                .post("/api/v1/notices").then().statusCode(422)
                .body("rule", org.hamcrest.Matchers.equalTo(refusedExample.path("rule").asText()));

        JsonNode change = document().at("/paths/~1api~1v1~1notices~1{id}~1status/post/requestBody/content/application~1json/examples/complied/value");
        String id = issued.path("id").asText();
        JsonNode complied = JSON.readTree(admin().header("If-Match", V1.etag(id)).body(change.toString())
                .post("/api/v1/notices/" + id + "/status").then().statusCode(200).extract().asString());
        assertEquals("COMPLIED", complied.path("status").asText());
    }

    @Test
    void the_change_feed_example_has_the_members_of_a_real_page() throws Exception {
        JsonNode issue = document().at("/paths/~1api~1v1~1notices/post");
        JsonNode example = document().at("/paths/~1api~1v1~1changes/get/responses/200/content/application~1json/examples/one change/value");
        String cursor = "0";
        for (String next = null; !cursor.equals(next); ) {
            next = cursor;
            cursor = met().queryParam("since", cursor).queryParam("limit", "500").get("/api/v1/changes")
                    .then().statusCode(200).extract().path("nextCursor");
        }
        met().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(example(issue, "/requestBody/content/application~1json/examples/warning/value").toString())
                .post("/api/v1/notices").then().statusCode(201);
        JsonNode page = JSON.readTree(met().queryParam("since", cursor).queryParam("limit", "1").get("/api/v1/changes")
                .then().statusCode(200).extract().asString());
        assertEquals(members(example), members(page));
        assertEquals(members(example.path("items").get(0)), members(page.path("items").get(0)));
        assertEquals(members(example.path("items").get(0).path("notice")), members(page.path("items").get(0).path("notice")));
    }

    static Set<String> members(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
