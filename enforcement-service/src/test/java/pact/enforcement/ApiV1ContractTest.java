package pact.enforcement;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import pact.testsupport.ApiCompatibility;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

/**
 * The v1 API keeps its promise: the document served under /api/v1 breaks nothing of the committed
 * contract (api/openapi-v1.json), from which integrators, and the build's own generated client,
 * generate their clients. A breaking change lands only with the committed copy updated and a line
 * in api/CHANGELOG.md naming the new copy's digest.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class ApiV1ContractTest {
    static final Path COMMITTED = Path.of("api/openapi-v1.json");
    static final Path CHANGELOG = Path.of("api/CHANGELOG.md");
    static final Path CANDIDATE = Path.of("target/api/openapi-v1.json");

    JsonNode servedV1() throws Exception {
        JsonNode served = new ObjectMapper().readTree(
                given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString());
        JsonNode part = ApiCompatibility.part(served, "/api/v1/");
        Files.createDirectories(CANDIDATE.getParent());
        Files.writeString(CANDIDATE, ApiCompatibility.write(part));
        return part;
    }

    static String howToAccept(JsonNode candidate) throws Exception {
        return "\nIf this is on purpose: cp enforcement-service/" + CANDIDATE + " enforcement-service/" + COMMITTED
                + " and add a line to enforcement-service/" + CHANGELOG + " that says what changed for clients and names "
                + "`contract " + ApiCompatibility.digest(candidate) + "`.";
    }

    @Test
    void the_served_v1_document_breaks_nothing_of_the_committed_contract() throws Exception {
        JsonNode served = servedV1();
        assertTrue(Files.exists(COMMITTED), "no committed contract at " + COMMITTED + howToAccept(served));
        JsonNode committed = new ObjectMapper().readTree(Files.readString(COMMITTED));
        List<String> breaking = ApiCompatibility.breakingChanges(committed, served);
        assertEquals(List.of(), breaking, "the served /api/v1 document breaks clients of the committed contract"
                + howToAccept(served));
        List<String> additions = ApiCompatibility.additions(committed, served);
        if (!additions.isEmpty()) {
            System.out.println("Not yet in the committed /api/v1 contract (compatible): " + additions + howToAccept(served));
        }
    }

    @Test
    void the_committed_contract_is_named_in_the_changelog() throws Exception {
        JsonNode committed = new ObjectMapper().readTree(Files.readString(COMMITTED));
        String digest = ApiCompatibility.digest(committed);
        assertTrue(Files.readString(CHANGELOG).contains("contract " + digest),
                CHANGELOG + " has no line for the committed contract (contract " + digest + "): say what changed for clients");
    }
}
