package pact.tasking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pact.testsupport.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.GeneratedRequests;
import pact.testsupport.StoredRows;
import pact.testsupport.TestIssuer;

/**
 * At least 100 generated requests to every operation of the served OpenAPI document, by a login
 * holding every role: none answers 5xx, every refusal is problem+json, and a refused write
 * stores nothing.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
@WithTestResource(ReportsServiceMock.class)
class GeneratedInputTest {
    @Inject
    AgroalDataSource database;

    @Test
    void no_generated_request_gets_a_5xx_and_no_refused_one_stores_anything() {
        Instant from = Instant.parse("2026-06-01T18:00:00Z");
        Instant to = from.plusSeconds(4 * 3600);
        String officer = Fixtures.constable();
        Fixtures.shift(officer, from, to);
        String report = UUID.randomUUID().toString();
        String task = Fixtures.task(Fixtures.SOHO_CELL, report, "", from, to);
        String plan = as("tara", "tasking-coordinator")
                .body("{\"from\":\"%s\",\"to\":\"%s\",\"seed\":7}".formatted(from, to))
                .when().post("/api/plans").then().statusCode(201).extract().path("id");
        String visit = as("tara", "tasking-coordinator").when().get("/api/plans/" + plan).then().statusCode(200)
                .extract().path("visits[0].id");
        String staffNumber = as("tara", "tasking-coordinator").when().get("/api/officers/" + officer).then()
                .statusCode(200).extract().path("staffNumber");
        GeneratedRequests.Outcome outcome = GeneratedRequests.overServedDocument()
                .known(Map.ofEntries(Map.entry("id", officer), Map.entry("/api/tasks/{id} id", task),
                        Map.entry("/api/tasks/{id}/history id", task), Map.entry("/api/tasks/{id}/transitions id", task),
                        Map.entry("/api/plans/{id} id", plan), Map.entry("/api/plans/{id}/replan id", plan),
                        Map.entry("/api/plans/{id}/visits/{visitId} id", plan), Map.entry("visitId", visit),
                        Map.entry("officerId", officer), Map.entry("reportId", report), Map.entry("ids", task),
                        Map.entry("cellId", Fixtures.SOHO_CELL), Map.entry("cell", Fixtures.SOHO_CELL),
                        Map.entry("staffNumber", staffNumber), Map.entry("from", from.toString()),
                        Map.entry("to", to.toString())))
                .header("Authorization", "Bearer " + TestIssuer.officerToken("tara", staffNumber, "council-officer",
                        "city-inspector", "police-officer", "tasking-coordinator", "analyst", "enforcement-admin",
                        "partner"))
                .header("X-Access-Reason", "generated-input test")
                .stored(StoredRows.fingerprint(database, Set.of()))
                .run();
        System.out.println(outcome.summary("tasking-service"));
        assertEquals(List.of(), outcome.failures());
        assertTrue(outcome.operations() >= 20, outcome.summary("tasking-service"));
        assertEquals(0, outcome.serverErrors());
    }
}
