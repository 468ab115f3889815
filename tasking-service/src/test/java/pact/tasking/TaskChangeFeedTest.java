package pact.tasking;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pact.testsupport.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

/**
 * The task change feed: every task event after a cursor, in commit order, with the reports its
 * task names, for reports-service (role pact-service) and coordinators.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class TaskChangeFeedTest {
    static final Instant FROM = Instant.parse("2028-05-01T18:00:00Z");
    static final Instant TO = Instant.parse("2028-05-02T02:00:00Z");

    static JsonPath page(String since, int limit) {
        return as("service-account-reports-service", "pact-service")
                .when().get("/api/changes?since=" + since + "&limit=" + limit)
                .then().statusCode(200).extract().jsonPath();
    }

    /** Everything after {@code since}, following nextCursor to the end. */
    static List<Map<String, Object>> all(String since) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = since;
        while (true) {
            JsonPath page = page(cursor, 7);
            List<Map<String, Object>> got = page.getList("items");
            items.addAll(got);
            if (got.isEmpty()) {
                assertEquals(cursor, page.getString("nextCursor"), "an empty page keeps the cursor");
                return items;
            }
            cursor = page.getString("nextCursor");
        }
    }

    static String latest() {
        String cursor = "0";
        while (true) {
            JsonPath page = page(cursor, 500);
            if (page.getList("items").isEmpty()) {
                return cursor;
            }
            cursor = page.getString("nextCursor");
        }
    }

    @Test
    void every_move_of_a_task_appears_once_in_order_with_its_reports_and_detail() {
        String start = latest();
        String report = UUID.randomUUID().toString();
        String pc = Fixtures.constable();
        String task = Fixtures.task(Fixtures.SOHO_CELL, report, "\"PATROL\"", FROM, TO);
        TaskResourceTest.move(task, "{\"to\":\"ASSIGNED\",\"officerIds\":[\"" + pc + "\"]}").statusCode(200);
        TaskResourceTest.move(task, "{\"to\":\"IN_PROGRESS\"}").statusCode(200);
        TaskResourceTest.move(task, "{\"to\":\"COMPLETED\",\"outcome\":\"Area quiet by 23:00\"}").statusCode(200);

        List<Map<String, Object>> mine = all(start).stream().filter(c -> task.equals(c.get("taskId"))).toList();
        assertEquals(List.of("PLANNED", "ASSIGNED", "IN_PROGRESS", "COMPLETED"),
                mine.stream().map(c -> c.get("to")).toList());
        assertEquals(List.of(report), mine.get(1).get("reportIds"));
        assertTrue(((String) mine.get(1).get("detail")).startsWith("assigned to"));
        assertEquals("Area quiet by 23:00", mine.get(3).get("detail"));
        assertEquals("tara", mine.get(3).get("by"));
        List<Long> cursors = mine.stream().map(c -> Long.parseLong((String) c.get("cursor"))).toList();
        assertEquals(cursors.stream().sorted().toList(), cursors, "cursors increase with each event");
    }

    @Test
    void concurrent_task_creation_loses_no_event_for_a_follower_polling_meanwhile() throws Exception {
        String start = latest();
        String report = UUID.randomUUID().toString();
        List<CompletableFuture<String>> created = IntStream.range(0, 12).mapToObj(i -> CompletableFuture.supplyAsync(
                () -> Fixtures.task(Fixtures.SOHO_CELL, report, "\"PATROL\"", FROM, TO))).toList();
        // a follower polling while the tasks commit: whatever it has seen, it never skips one
        List<Map<String, Object>> seen = new ArrayList<>();
        String cursor = start;
        for (int i = 0; i < 50 && !created.stream().allMatch(CompletableFuture::isDone); i++) {
            JsonPath page = page(cursor, 500);
            seen.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
            Thread.sleep(20);
        }
        List<String> ids = new ArrayList<>();
        for (CompletableFuture<String> task : created) {
            ids.add(task.get());
        }
        seen.addAll(all(cursor));
        List<Object> seenTasks = seen.stream().filter(c -> List.of(report).equals(c.get("reportIds")))
                .map(c -> c.get("taskId")).toList();
        assertEquals(ids.stream().sorted().toList(), seenTasks.stream().map(Object::toString).sorted().toList(),
                "each task's creation seen exactly once");
    }

    @Test
    void the_feed_is_for_reports_service_and_coordinators_and_a_bad_cursor_is_a_400() {
        as("pc", "police-officer").when().get("/api/changes").then().statusCode(403);
        as("tara", "tasking-coordinator").when().get("/api/changes?since=0&limit=1").then().statusCode(200)
                .body("nextCursor", equalTo("1"));
        as("tara", "tasking-coordinator").when().get("/api/changes?since=-1").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem("since"));
        as("tara", "tasking-coordinator").when().get("/api/changes?limit=501").then().statusCode(400)
                .body("errors.message", hasItem(containsString("from 1 to 500")));
    }
}
