package pact.tasking;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pact.testsupport.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pact.support.geo.BritishNationalGrid;
import pact.support.geo.LatLon;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class CheckInResourceTest {
    static final Instant TEN = Instant.parse("2025-05-01T10:00:00Z");
    static final Instant SIX = Instant.parse("2025-05-01T18:00:00Z");
    /** The centre of the Soho fixture cell, and a point a kilometre east of it. */
    static final LatLon INSIDE = BritishNationalGrid.toLatLon(529575, 180975);
    static final LatLon OUTSIDE = BritishNationalGrid.toLatLon(530575, 180975);

    @Inject
    EntityManager em;

    static String checkIn(String clientId, Instant at, LatLon where, double accuracy) {
        return "{\"clientId\":\"%s\",\"at\":\"%s\",\"lat\":%.7f,\"lon\":%.7f,\"accuracyMetres\":%.1f}"
                .formatted(clientId, at, where.lat(), where.lon(), accuracy);
    }

    static String batch(List<String> checkIns) {
        return "{\"checkIns\":[" + String.join(",", checkIns) + "]}";
    }

    /** Every 10 s from {@code fromSecond} to {@code toSecond} after ten o'clock. */
    static List<String> pings(String device, int fromSecond, int toSecond, LatLon where) {
        List<String> out = new ArrayList<>();
        for (int s = fromSecond; s <= toSecond; s += 10) {
            out.add(checkIn(device + "-" + s, TEN.plusSeconds(s), where, 8));
        }
        return out;
    }

    long stored(String officerId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from check_in where officer_id = cast(?1 as uuid)").setParameter(1, officerId)
                .getSingleResult()).longValue());
    }

    @Test
    void an_officer_linked_to_a_login_is_the_only_officer_who_may_post_their_check_ins() {
        String login = "pc-" + UUID.randomUUID().toString().substring(0, 8);
        String staff = "PC-L" + UUID.randomUUID().toString().substring(0, 6);
        String pc = as("tara", "tasking-coordinator").body("""
                {"staffNumber":"%s","displayName":"Linked Officer","organisation":"MET_POLICE",
                 "role":"POLICE_CONSTABLE","mode":"FOOT","team":"PACT","login":"%s"}""".formatted(staff, login))
                .when().post("/api/officers").then().statusCode(201).body("login", equalTo(login)).extract().path("id");
        // another day, away from the other tests' tasks and dose
        Instant day = TEN.plus(java.time.Duration.ofDays(40));
        Fixtures.shift(pc, day, day.plus(java.time.Duration.ofHours(8)));
        as("someone-else", "police-officer").body(batch(List.of(checkIn("x-1", day, INSIDE, 8))))
                .when().post("/api/officers/" + pc + "/check-ins")
                .then().statusCode(403).contentType(startsWith("application/problem+json"))
                .body("rule", equalTo("own-check-ins"))
                .body("detail", containsString(staff)).body("detail", containsString(login));
        assertEquals(0, stored(pc));
        as(login, "police-officer").body(batch(List.of(checkIn("own-1", day, INSIDE, 8), checkIn("own-2", day.plusSeconds(10), INSIDE, 8), checkIn("own-3", day.plusSeconds(20), INSIDE, 8))))
                .when().post("/api/officers/" + pc + "/check-ins").then().statusCode(200);
        as("tara", "tasking-coordinator").body(batch(List.of(checkIn("coord-1", day.plusSeconds(30), INSIDE, 8), checkIn("coord-2", day.plusSeconds(40), INSIDE, 8))))
                .when().post("/api/officers/" + pc + "/check-ins").then().statusCode(200);
        assertEquals(5, stored(pc));
        // one login, one officer
        as("tara", "tasking-coordinator").body("""
                {"staffNumber":"%sX","displayName":"Twin","organisation":"MET_POLICE",
                 "role":"POLICE_CONSTABLE","mode":"FOOT","team":"PACT","login":"%s"}""".formatted(staff, login))
                .when().post("/api/officers").then().statusCode(409);
    }

    @Test
    void a_city_inspector_may_not_post_the_check_ins_of_an_officer_without_a_login() {
        String pc = Fixtures.constable();
        Instant day = TEN.plus(java.time.Duration.ofDays(41));
        Fixtures.shift(pc, day, day.plus(java.time.Duration.ofHours(8)));
        as("ci", "city-inspector").body(batch(List.of(checkIn("n-1", day, INSIDE, 8))))
                .when().post("/api/officers/" + pc + "/check-ins")
                .then().statusCode(403).contentType(startsWith("application/problem+json"))
                .body("rule", equalTo("own-check-ins"))
                .body("detail", containsString("no linked login"))
                .body("detail", containsString("tasking coordinator"));
        as("pc", "police-officer").body(batch(List.of(checkIn("n-2", day, INSIDE, 8))))
                .when().post("/api/officers/" + pc + "/check-ins").then().statusCode(403);
        as("olivia", "council-officer").body(batch(List.of(checkIn("n-3", day, INSIDE, 8))))
                .when().post("/api/officers/" + pc + "/check-ins").then().statusCode(403);
        assertEquals(0, stored(pc));
        // the coordinator may still post for an officer without a login (a device handed in, a backfill)
        as("tara", "tasking-coordinator").body(batch(List.of(checkIn("n-4", day, INSIDE, 8))))
                .when().post("/api/officers/" + pc + "/check-ins").then().statusCode(200);
        assertEquals(1, stored(pc));
    }

    @Test
    void an_officer_may_not_post_the_check_ins_of_another_linked_officer_and_unlinking_ends_their_own() {
        String ci = Fixtures.inspector();
        String other = Fixtures.inspector();
        String login = Fixtures.link(ci);
        String otherLogin = Fixtures.link(other);
        Instant day = TEN.plus(java.time.Duration.ofDays(42));
        Fixtures.shift(ci, day, day.plus(java.time.Duration.ofHours(8)));
        Fixtures.shift(other, day, day.plus(java.time.Duration.ofHours(8)));
        as(otherLogin, "city-inspector").body(batch(List.of(checkIn("o-1", day, INSIDE, 8))))
                .when().post("/api/officers/" + ci + "/check-ins")
                .then().statusCode(403).body("rule", equalTo("own-check-ins"));
        as(login, "city-inspector").body(batch(List.of(checkIn("o-2", day, INSIDE, 8))))
                .when().post("/api/officers/" + ci + "/check-ins").then().statusCode(200);
        as("tara", "tasking-coordinator").when().delete("/api/officers/" + ci + "/login").then().statusCode(200);
        as(login, "city-inspector").body(batch(List.of(checkIn("o-3", day.plusSeconds(10), INSIDE, 8))))
                .when().post("/api/officers/" + ci + "/check-ins").then().statusCode(403)
                .body("rule", equalTo("own-check-ins"));
        assertEquals(1, stored(ci));
        assertEquals(0, stored(other));
    }

    @Test
    void the_check_in_feed_gives_each_arrival_once_in_arrival_order() {
        String start = as("tara", "tasking-coordinator").when().get("/api/check-ins")
                .then().statusCode(200).body("items.size()", equalTo(0)).extract().path("nextCursor");
        String pc = Fixtures.constable();
        String login = Fixtures.link(pc);
        Instant day = TEN.plus(java.time.Duration.ofDays(60));
        Fixtures.shift(pc, day, day.plus(java.time.Duration.ofHours(8)));
        as(login, "police-officer").body(batch(List.of(checkIn("f-1", day, INSIDE, 8),
                checkIn("f-2", day.plusSeconds(10), INSIDE, 8)))).when().post("/api/officers/" + pc + "/check-ins")
                .then().statusCode(200);
        String next = as("tara", "tasking-coordinator").when().get("/api/check-ins?after=" + start)
                .then().statusCode(200).body("items.clientId", hasItem("f-1")).body("items.clientId", hasItem("f-2"))
                .extract().path("nextCursor");
        as("tara", "tasking-coordinator").when().get("/api/check-ins?after=" + next)
                .then().statusCode(200).body("items.size()", equalTo(0));
        as("tara", "tasking-coordinator").when().get("/api/check-ins?after=garbage").then().statusCode(400)
                .body("errors[0].field", equalTo("after"));
        as("ann", "analyst").when().get("/api/check-ins").then().statusCode(403);
    }

    @Test
    void a_retried_batch_counts_once_and_late_out_of_order_check_ins_make_up_the_dose() {
        String pc = Fixtures.constable();
        String login = Fixtures.link(pc);
        Fixtures.shift(pc, TEN, SIX);
        String task = Fixtures.task(Fixtures.SOHO_CELL, UUID.randomUUID().toString(), "", TEN, SIX);

        List<String> first = pings(pc, 0, 300, INSIDE); // 5 minutes inside
        List<String> second = new ArrayList<>(pings(pc, 310, 600, OUTSIDE));
        second.addAll(pings(pc, 1200, 1380, INSIDE)); // 3 more minutes inside, the shortest stop
        Collections.reverse(second); // a device catching up sends them in any order

        as(login, "police-officer").body(batch(second)).when().post("/api/officers/" + pc + "/check-ins")
                .then().statusCode(200).body("stored", equalTo(second.size()));
        as(login, "police-officer").body(batch(first)).when().post("/api/officers/" + pc + "/check-ins")
                .then().statusCode(200).body("stored", equalTo(31)).body("duplicates", equalTo(0));
        as(login, "police-officer").body(batch(first)).when().post("/api/officers/" + pc + "/check-ins")
                .then().statusCode(200).body("stored", equalTo(0)).body("duplicates", equalTo(31));
        assertEquals(first.size() + second.size(), stored(pc));

        as("tara", "tasking-coordinator").when().get("/api/dose?from=" + TEN + "&to=" + SIX).then().statusCode(200)
                .body("tasks.find { it.taskId == '" + task + "' }.deliveredVisits", equalTo(2))
                .body("tasks.find { it.taskId == '" + task + "' }.deliveredMinutes", equalTo(8.0f))
                .body("tasks.find { it.taskId == '" + task + "' }.officers", equalTo(1));
    }

    @Test
    void a_check_in_reused_with_another_place_is_a_409_and_nothing_of_the_batch_is_stored() {
        String ci = Fixtures.inspector();
        String login = Fixtures.link(ci);
        Fixtures.shift(ci, TEN, SIX);
        as(login, "city-inspector").body(batch(List.of(checkIn("a-1", TEN, INSIDE, 5)))).when()
                .post("/api/officers/" + ci + "/check-ins").then().statusCode(200);
        as(login, "city-inspector").body(batch(List.of(checkIn("a-2", TEN.plusSeconds(10), INSIDE, 5),
                checkIn("a-1", TEN, OUTSIDE, 5)))).when().post("/api/officers/" + ci + "/check-ins")
                .then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("'a-1'"));
        assertEquals(1, stored(ci));
    }

    @Test
    void check_ins_while_off_duty_refuse_the_batch_with_the_reason() {
        String pc = Fixtures.constable();
        String login = Fixtures.link(pc);
        Fixtures.shift(pc, TEN, SIX);
        as(login, "police-officer").body(batch(List.of(checkIn("b-1", SIX.minusSeconds(10), INSIDE, 5),
                checkIn("b-2", SIX, INSIDE, 5)))).when().post("/api/officers/" + pc + "/check-ins")
                .then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("checkIns[1]")).body("detail", containsString("not on duty"));
        assertEquals(0, stored(pc));
    }

    @Test
    void malformed_check_ins_are_a_400_naming_the_field() {
        String pc = Fixtures.constable();
        String login = Fixtures.link(pc);
        Fixtures.shift(pc, TEN, SIX);
        String url = "/api/officers/" + pc + "/check-ins";
        as(login, "police-officer").body("{\"checkIns\":[{\"clientId\":\"c-1\",\"at\":\"%s\",\"lat\":95,\"lon\":-0.13,"
                .formatted(TEN) + "\"accuracyMetres\":5}]}").when().post(url).then().statusCode(400)
                .body("errors.field", hasItem("checkIns[0].lat"));
        as(login, "police-officer").body("{\"checkIns\":[{\"clientId\":\"c-1\",\"lat\":51.5,\"lon\":-0.13,"
                + "\"accuracyMetres\":5}]}").when().post(url).then().statusCode(400)
                .body("errors.field", hasItem("checkIns[0].at"));
        as(login, "police-officer").body(batch(List.of(checkIn("c-2", Instant.now().plusSeconds(3600), INSIDE, 5))))
                .when().post(url).then().statusCode(400).body("errors.field", hasItem("checkIns[0].at"));
        as(login, "police-officer").body("{\"checkIns\":[]}").when().post(url).then().statusCode(400)
                .body("errors.field", hasItem("checkIns"));
        as("ann", "analyst").body(batch(List.of(checkIn("c-3", TEN, INSIDE, 5)))).when().post(url).then()
                .statusCode(403);
        assertEquals(0, stored(pc));
    }

    @Test
    void a_dose_report_over_more_than_a_week_is_refused() {
        as("tara", "tasking-coordinator").when().get("/api/dose?from=" + TEN + "&to=" + TEN.plusSeconds(86400 * 9))
                .then().statusCode(400).body("errors.field", hasItem("to"));
    }
}
