package pact.tasking;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static pact.testsupport.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class DutyResourceTest {
    static final Instant NINE = Instant.parse("2028-03-03T09:00:00Z");
    static final Instant FIVE = Instant.parse("2028-03-03T17:00:00Z");

    static String availability(String officerId, Instant at) {
        return as("tara", "tasking-coordinator").when().get("/api/availability?at=" + at)
                .then().statusCode(200).extract().path("find { it.officerId == '" + officerId + "' }.availability");
    }

    @Test
    void an_officer_is_on_duty_on_a_shift_on_task_while_working_one_and_off_duty_after() {
        String pc = Fixtures.constable();
        Fixtures.shift(pc, NINE, FIVE);
        org.junit.jupiter.api.Assertions.assertEquals("ON_DUTY", availability(pc, NINE.plusSeconds(60)));
        org.junit.jupiter.api.Assertions.assertEquals("OFF_DUTY", availability(pc, FIVE));

        String task = Fixtures.task(Fixtures.SOHO_CELL, UUID.randomUUID().toString(), "", NINE, FIVE);
        as("tara", "tasking-coordinator").body("{\"to\":\"ASSIGNED\",\"officerIds\":[\"" + pc + "\"]}")
                .when().post("/api/tasks/" + task + "/transitions").then().statusCode(200);
        as("tara", "tasking-coordinator").body("{\"to\":\"IN_PROGRESS\"}")
                .when().post("/api/tasks/" + task + "/transitions").then().statusCode(200);
        org.junit.jupiter.api.Assertions.assertEquals("ON_TASK", availability(pc, NINE.plusSeconds(60)));
    }

    @Test
    void leave_over_a_shift_is_refused_and_leave_alone_shows_as_leave() {
        String ci = Fixtures.inspector();
        Fixtures.shift(ci, NINE, FIVE);
        as("tara", "tasking-coordinator")
                .body("{\"kind\":\"LEAVE\",\"startsAt\":\"%s\",\"endsAt\":\"%s\"}".formatted(FIVE.minusSeconds(3600),
                        FIVE.plusSeconds(86400)))
                .when().post("/api/officers/" + ci + "/duty-periods").then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("overlaps the shift"));
        as("tara", "tasking-coordinator")
                .body("{\"kind\":\"LEAVE\",\"startsAt\":\"%s\",\"endsAt\":\"%s\"}".formatted(FIVE,
                        FIVE.plusSeconds(86400)))
                .when().post("/api/officers/" + ci + "/duty-periods").then().statusCode(201);
        org.junit.jupiter.api.Assertions.assertEquals("LEAVE", availability(ci, FIVE.plusSeconds(3600)));
        as("pc", "police-officer").when()
                .get("/api/officers/" + ci + "/duty-periods?from=" + NINE + "&to=" + FIVE.plusSeconds(86400))
                .then().statusCode(200).body("kind", equalTo(java.util.List.of("SHIFT", "LEAVE")));
    }

    @Test
    void a_supporting_noise_officer_from_the_council_network_can_be_rostered() {
        String id = as("tara", "tasking-coordinator").body("""
                {"staffNumber":"NO-%d","displayName":"Noise officer","organisation":"WESTMINSTER_COUNCIL",
                 "role":"NOISE_OFFICER","mode":"FOOT","team":"SUPPORTING"}""".formatted(System.nanoTime() % 100000))
                .when().post("/api/officers").then().statusCode(201).extract().path("id");
        Fixtures.shift(id, NINE, FIVE);
        as("tara", "tasking-coordinator").when().get("/api/availability?team=SUPPORTING&at=" + NINE)
                .then().statusCode(200).body("officerId", hasItem(id));
    }

    @Test
    void a_noise_officer_cannot_join_the_pact_team_itself() {
        as("tara", "tasking-coordinator").body("""
                {"staffNumber":"NO-X%d","displayName":"Noise officer","organisation":"WESTMINSTER_COUNCIL",
                 "role":"NOISE_OFFICER","mode":"FOOT","team":"PACT"}""".formatted(System.nanoTime() % 100000))
                .when().post("/api/officers").then().statusCode(400).body("errors.field", hasItem("team"));
    }

    @Test
    void bad_periods_and_wrong_roles_are_refused() {
        String pc = Fixtures.constable();
        as("tara", "tasking-coordinator")
                .body("{\"kind\":\"SHIFT\",\"startsAt\":\"%s\",\"endsAt\":\"%s\"}".formatted(FIVE, NINE))
                .when().post("/api/officers/" + pc + "/duty-periods").then().statusCode(400)
                .body("errors.field", hasItem("endsAt"));
        as("tara", "tasking-coordinator")
                .body("{\"kind\":\"NAP\",\"startsAt\":\"%s\",\"endsAt\":\"%s\"}".formatted(NINE, FIVE))
                .when().post("/api/officers/" + pc + "/duty-periods").then().statusCode(400)
                .body("errors.field", hasItem("kind"));
        as("pc", "police-officer")
                .body("{\"kind\":\"SHIFT\",\"startsAt\":\"%s\",\"endsAt\":\"%s\"}".formatted(NINE, FIVE))
                .when().post("/api/officers/" + pc + "/duty-periods").then().statusCode(403);
        as("tara", "tasking-coordinator")
                .body("{\"kind\":\"SHIFT\",\"startsAt\":\"%s\",\"endsAt\":\"%s\"}".formatted(NINE, FIVE))
                .when().post("/api/officers/" + UUID.randomUUID() + "/duty-periods").then().statusCode(404);
    }
}
