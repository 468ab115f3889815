package pact.tasking;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pact.testsupport.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pact.tasking.domain.Task;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class TaskResourceTest {
    static final Instant FROM = Instant.parse("2028-04-01T18:00:00Z");
    static final Instant TO = Instant.parse("2028-04-02T02:00:00Z");

    static io.restassured.response.ValidatableResponse move(String task, String body) {
        return as("tara", "tasking-coordinator").body(body).when().post("/api/tasks/" + task + "/transitions")
                .then();
    }

    @Test
    void a_task_on_a_hotspot_cell_gets_the_cell_s_polygon() {
        String id = Fixtures.task(Fixtures.SOHO_CELL, UUID.randomUUID().toString(), "\"PATROL\"", FROM, TO);
        as("pc", "police-officer").when().get("/api/tasks/" + id).then().statusCode(200)
                .body("status", equalTo("PLANNED"))
                .body("area.cellId", equalTo(Fixtures.SOHO_CELL))
                .body("area.polygon.type", equalTo("Polygon"))
                .body("area.polygon.coordinates[0]", hasSize(5));
    }

    @Test
    void a_task_goes_through_its_lifecycle_and_every_change_is_recorded() {
        String pc = Fixtures.constable();
        String task = Fixtures.task(Fixtures.SOHO_CELL, UUID.randomUUID().toString(), "\"DISPERSAL_DIRECTION\"",
                FROM, TO);
        move(task, "{\"to\":\"ASSIGNED\",\"officerIds\":[\"" + pc + "\"]}").statusCode(200)
                .body("status", equalTo("ASSIGNED")).body("officerIds", equalTo(java.util.List.of(pc)));
        move(task, "{\"to\":\"IN_PROGRESS\"}").statusCode(200);
        move(task, "{\"to\":\"COMPLETED\",\"outcome\":\"Group dispersed, 2 CPWs\"}").statusCode(200)
                .body("outcome", equalTo("Group dispersed, 2 CPWs"));
        as("pc", "police-officer").when().get("/api/tasks/" + task + "/history").then().statusCode(200)
                .body("to", equalTo(java.util.List.of("PLANNED", "ASSIGNED", "IN_PROGRESS", "COMPLETED")))
                .body("by", everyItemIs("tara"))
                .body("[3].detail", equalTo("Group dispersed, 2 CPWs"))
                .body("[1].detail", containsString("assigned to"));
        move(task, "{\"to\":\"IN_PROGRESS\"}").statusCode(409).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("completed task is closed"));
    }

    static org.hamcrest.Matcher<Iterable<? extends String>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }

    @Test
    void unmet_rules_are_a_422_naming_the_rule_and_change_nothing() {
        String ci = Fixtures.inspector();
        String task = Fixtures.task(Fixtures.SOHO_CELL, UUID.randomUUID().toString(), "\"DISPERSAL_DIRECTION\"",
                FROM, TO);
        move(task, "{\"to\":\"ASSIGNED\",\"officerIds\":[\"" + ci + "\"]}").statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("DISPERSAL_DIRECTION"));
        move(task, "{\"to\":\"CANCELLED\"}").statusCode(422).body("detail", containsString("outcome"));
        move(task, "{\"to\":\"IN_PROGRESS\"}").statusCode(409);
        move(task, "{\"to\":\"ASSIGNED\",\"officerIds\":[\"" + UUID.randomUUID() + "\"]}").statusCode(400)
                .body("errors.field", hasItem("officerIds"));
        as("tara", "tasking-coordinator").when().get("/api/tasks/" + task).then()
                .body("status", equalTo("PLANNED")).body("version", equalTo(0));
        move(task, "{\"to\":\"CANCELLED\",\"outcome\":\"Superseded\",\"expectedVersion\":7}").statusCode(409)
                .body("detail", containsString("has changed"));
    }

    @Test
    void a_bad_area_is_a_400_naming_the_field_and_nothing_is_stored() {
        long before = QuarkusTransaction.requiringNew().call(() -> Task.count());
        String selfCrossing = """
                {"title":"Bow tie","objective":"ENGAGEMENT","priority":"LOW",
                 "windowStart":"%s","windowEnd":"%s",
                 "area":{"polygon":{"type":"Polygon","coordinates":[[[-0.13,51.51],[-0.12,51.52],[-0.12,51.51],
                 [-0.13,51.52],[-0.13,51.51]]]}}}""".formatted(FROM, TO);
        as("tara", "tasking-coordinator").body(selfCrossing).when().post("/api/tasks").then().statusCode(400)
                .body("errors.field", hasItem("area.polygon.coordinates"));
        as("tara", "tasking-coordinator").body(Fixtures.taskBody("soho-7", UUID.randomUUID().toString(), "", FROM,
                TO)).when().post("/api/tasks").then().statusCode(400).body("errors.field", hasItem("area.cellId"));
        as("tara", "tasking-coordinator").body(Fixtures.taskBody(Fixtures.SOHO_CELL, UUID.randomUUID().toString(),
                "", TO, FROM)).when().post("/api/tasks").then().statusCode(400)
                .body("errors.field", hasItem("windowEnd"));
        as("tara", "tasking-coordinator").body(Fixtures.taskBody(Fixtures.SOHO_CELL, UUID.randomUUID().toString(),
                "\"FLY\"", FROM, TO)).when().post("/api/tasks").then().statusCode(400);
        as("pc", "police-officer").body(Fixtures.taskBody(Fixtures.SOHO_CELL, UUID.randomUUID().toString(), "",
                FROM, TO)).when().post("/api/tasks").then().statusCode(403);
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> Task.count()));
    }

    @Test
    void bulk_reads_answer_many_keys_in_one_call() {
        String report = UUID.randomUUID().toString();
        String otherReport = UUID.randomUUID().toString();
        String cell = "150m-3531-1207";
        String a = Fixtures.task(cell, report, "", FROM, TO);
        String b = Fixtures.task(Fixtures.SOHO_CELL, report, "", FROM.plusSeconds(60), TO);
        String pc = Fixtures.constable();
        move(b, "{\"to\":\"ASSIGNED\",\"officerIds\":[\"" + pc + "\"]}").statusCode(200);

        as("pc", "police-officer").when().get("/api/tasks/batch?id=" + b + "," + a + "&id=" + UUID.randomUUID())
                .then().statusCode(200).body("id", equalTo(java.util.List.of(b, a)));
        as("pc", "police-officer").when().get("/api/tasks/by-report?reportId=" + report + "&reportId=" + otherReport)
                .then().statusCode(200)
                .body("'" + report + "'.id", equalTo(java.util.List.of(a, b)))
                .body("'" + otherReport + "'", empty());
        as("pc", "police-officer").when().get("/api/tasks/by-officer?officerId=" + pc)
                .then().statusCode(200).body("'" + pc + "'.id", equalTo(java.util.List.of(b)));
        as("pc", "police-officer").when().get("/api/tasks/by-cell?cellId=" + cell)
                .then().statusCode(200).body("'" + cell + "'.id", equalTo(java.util.List.of(a)));
        as("pc", "police-officer").when().get("/api/tasks/by-report?reportId=nope")
                .then().statusCode(400).body("errors.field", hasItem("reportId"));
        as("pc", "police-officer").when().get("/api/tasks/batch")
                .then().statusCode(400).body("errors.field", hasItem("id"));
        as("ann", "analyst").when().get("/api/tasks/batch?id=" + a).then().statusCode(403);
    }
}
