package pact.tasking;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pact.testsupport.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class PlanResourceTest {

    @Test
    void a_plan_uses_only_officers_on_shift_explains_each_visit_and_keeps_locked_visits_on_replanning() {
        Instant from = Instant.parse("2025-06-01T14:00:00Z");
        Instant to = Instant.parse("2025-06-01T22:00:00Z");
        String pc = Fixtures.constable();
        String ci = Fixtures.inspector();
        String offDuty = Fixtures.constable();
        Fixtures.shift(pc, from, to);
        Fixtures.shift(ci, from, to);
        Fixtures.shift(offDuty, to, to.plusSeconds(8 * 3600));
        String patrol = Fixtures.task("150m-3530-1206", UUID.randomUUID().toString(), "", from, to);
        String dispersal = Fixtures.task("150m-3532-1207", UUID.randomUUID().toString(),
                "\"DISPERSAL_DIRECTION\"", from, to);

        JsonPath plan = as("tara", "tasking-coordinator")
                .body("{\"from\":\"%s\",\"to\":\"%s\",\"seed\":99}".formatted(from, to))
                .when().post("/api/plans").then().statusCode(201)
                .body("visits.size()", greaterThan(10))
                .body("visits.officerId", not(hasItem(offDuty)))
                .body("visits.findAll { it.taskId == '" + dispersal + "' }.officerId", everyItem(equalTo(pc)))
                .body("visits.explanation", everyItem(containsString("min")))
                .body("quality.coverage", equalTo(1.0f))
                .extract().jsonPath();
        String planId = plan.getString("id");
        String visitId = plan.getString("visits.find { it.officerId == '" + ci + "' }.id");

        as("tara", "tasking-coordinator").body("{\"locked\":true}").when()
                .put("/api/plans/" + planId + "/visits/" + visitId).then().statusCode(200)
                .body("visits.find { it.id == '" + visitId + "' }.locked", equalTo(true));
        List<String> before = plan.getList("visits.id");
        as("tara", "tasking-coordinator").when().post("/api/plans/" + planId + "/replan?seed=100").then()
                .statusCode(200)
                .body("seed", equalTo(100))
                .body("visits.id", hasItem(visitId))
                .body("visits.findAll { it.locked }.size()", equalTo(1));
        List<String> after = as("tara", "tasking-coordinator").when().get("/api/plans/" + planId).then()
                .extract().jsonPath().getList("visits.id");
        assertTrue(after.stream().filter(before::contains).toList().equals(List.of(visitId)),
                "only the locked visit survives re-planning");

        // Moving the dispersal visit to the City Inspector breaks the powers rule.
        String dispersalVisit = as("tara", "tasking-coordinator").when().get("/api/plans/" + planId).then()
                .extract().path("visits.find { it.taskId == '" + dispersal + "' }.id");
        as("tara", "tasking-coordinator").body("{\"locked\":true,\"officerId\":\"" + ci + "\"}").when()
                .put("/api/plans/" + planId + "/visits/" + dispersalVisit).then().statusCode(422)
                .body("detail", containsString("DISPERSAL_DIRECTION"));

        as("tara", "tasking-coordinator").body("{\"from\":\"%s\",\"to\":\"%s\"}".formatted(from.plusSeconds(3600),
                to)).when().post("/api/plans").then().statusCode(409);

        // The dose report shows what was planned against what was delivered (no check-ins yet).
        as("tara", "tasking-coordinator").when().get("/api/dose?from=" + from + "&to=" + to).then().statusCode(200)
                .body("tasks.find { it.taskId == '" + patrol + "' }.plannedVisits", greaterThan(0))
                .body("tasks.find { it.taskId == '" + patrol + "' }.deliveredVisits", equalTo(0));
    }

    @Test
    void bad_plan_requests_are_refused() {
        Instant from = Instant.parse("2025-07-01T14:00:00Z");
        as("tara", "tasking-coordinator").body("{\"from\":\"%s\",\"to\":\"%s\"}".formatted(from,
                from.plusSeconds(13 * 3600))).when().post("/api/plans").then().statusCode(400)
                .body("errors.field", hasItem("to"));
        as("pc", "police-officer").body("{\"from\":\"%s\",\"to\":\"%s\"}".formatted(from, from.plusSeconds(3600)))
                .when().post("/api/plans").then().statusCode(403);
        as("tara", "tasking-coordinator").when().post("/api/plans/" + UUID.randomUUID() + "/replan").then()
                .statusCode(404);
    }
}
