package pact.tasking;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pact.testsupport.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

/** Hostile or mistaken input is a 400 (or 413) problem+json naming the field, never a 500 and never stored. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class HostileInputTest {
    static final Instant FROM = Instant.parse("2026-04-01T18:00:00Z");
    static final Instant TO = Instant.parse("2026-04-02T02:00:00Z");

    @TestHTTPResource("/api/tasks")
    URI tasksUri;

    static ValidatableResponse refused(ValidatableResponse response, int status, String field) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo(field));
    }

    static String task(String title, Instant windowStart, Instant windowEnd) {
        return """
                {"title":%s,"objective":"VISIBLE_PATROL","area":{"cellId":"%s"},
                 "priority":"HIGH","windowStart":"%s","windowEnd":"%s"}"""
                .formatted(title, Fixtures.SOHO_CELL, windowStart, windowEnd);
    }

    static long taskCount() {
        return ((Number) as("tara", "tasking-coordinator").when().get("/api/tasks?size=1")
                .then().statusCode(200).extract().path("totalItems")).longValue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+300000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z", "1850-01-01T00:00:00Z"})
    void a_date_filter_far_out_of_range_is_a_400_naming_it(String from) {
        refused(as("tara", "tasking-coordinator").queryParam("from", from).when().get("/api/tasks").then(),
                400, "from");
    }

    @Test
    void a_page_number_far_out_of_range_is_a_400_naming_it() {
        refused(as("tara", "tasking-coordinator").queryParam("page", "1000000000").queryParam("size", "500")
                .when().get("/api/tasks").then(), 400, "page");
        refused(as("tara", "tasking-coordinator").queryParam("page", "99999999999999")
                .when().get("/api/tasks").then(), 400, "page");
        as("tara", "tasking-coordinator").queryParam("page", "1000000").queryParam("size", "500")
                .when().get("/api/tasks").then().statusCode(200);
    }

    @Test
    void a_nul_byte_in_a_text_filter_or_a_path_id_is_a_400_naming_it() {
        refused(as("tara", "tasking-coordinator").urlEncodingEnabled(false).when()
                .get("/api/officers?login=tara%00x").then(), 400, "login");
        refused(as("tara", "tasking-coordinator").urlEncodingEnabled(false).when()
                .get("/api/tasks/by-cell?cellId=150m%00").then(), 400, "cellId");
        refused(as("tara", "tasking-coordinator").urlEncodingEnabled(false).when()
                .get("/api/officers/" + UUID.randomUUID() + "%00").then(), 400, "id");
    }

    @Test
    void a_nul_byte_in_json_text_is_a_400_naming_the_field_and_nothing_is_stored() {
        long before = taskCount();
        refused(as("tara", "tasking-coordinator").body(task("\"Patrol\\u0000\"", FROM, TO))
                .when().post("/api/tasks").then(), 400, "title")
                .body("errors[0].message", containsString("NUL"));
        assertEquals(before, taskCount());
    }

    @Test
    void a_number_or_a_boolean_where_text_belongs_is_a_400_naming_the_field() {
        refused(as("tara", "tasking-coordinator").body(task("12345", FROM, TO)).when().post("/api/tasks").then(),
                400, "title").body("errors[0].message", containsString("string"));
        refused(as("tara", "tasking-coordinator").body(task("true", FROM, TO)).when().post("/api/tasks").then(),
                400, "title");
    }

    @Test
    void a_key_given_twice_is_a_400_naming_it_rather_than_the_last_one_winning() {
        String twice = task("\"Patrol\"", FROM, TO).replace("\"priority\":\"HIGH\"",
                "\"priority\":\"HIGH\",\"priority\":\"LOW\"");
        refused(as("tara", "tasking-coordinator").body(twice).when().post("/api/tasks").then(), 400, "priority");
        String nested = task("\"Patrol\"", FROM, TO).replace("{\"cellId\":\"", "{\"cellId\":\"x\",\"cellId\":\"");
        refused(as("tara", "tasking-coordinator").body(nested).when().post("/api/tasks").then(), 400,
                "area.cellId");
    }

    @Test
    void a_task_window_reaching_to_9999_or_back_to_year_1_is_a_400_naming_it() {
        refused(as("tara", "tasking-coordinator").body(task("\"Patrol\"", FROM,
                Instant.parse("9999-12-31T23:59:59Z"))).when().post("/api/tasks").then(), 400, "windowEnd");
        refused(as("tara", "tasking-coordinator").body(task("\"Patrol\"", Instant.parse("0001-01-01T00:00:00Z"), TO))
                .when().post("/api/tasks").then(), 400, "windowStart");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u202Eloirtap", "Pat\\u200Brol", "Patrol\\u0007", "\\uFEFFPatrol", "Pat\\u2066rol"})
    void a_title_with_an_override_zero_width_or_control_character_is_a_400_naming_it(String title) {
        refused(as("tara", "tasking-coordinator").body(task("\"" + title + "\"", FROM, TO))
                .when().post("/api/tasks").then(), 400, "title");
    }

    @Test
    void a_shift_in_1850_and_a_check_in_in_year_1_are_refused() {
        String pc = Fixtures.constable();
        refused(as("tara", "tasking-coordinator")
                .body("{\"kind\":\"SHIFT\",\"startsAt\":\"1850-01-01T09:00:00Z\",\"endsAt\":\"1850-01-01T17:00:00Z\"}")
                .when().post("/api/officers/" + pc + "/duty-periods").then(), 400, "endsAt");
        String login = Fixtures.link(pc);
        refused(as(login, "police-officer").body("""
                {"checkIns":[{"clientId":"c-1","at":"0001-01-01T00:00:00Z","lat":51.51,"lon":-0.13,
                 "accuracyMetres":5}]}""").when().post("/api/officers/" + pc + "/check-ins").then(),
                400, "checkIns[0].at");
    }

    @Test
    void a_chunked_body_over_the_limit_is_refused_with_413_and_nothing_is_stored() throws Exception {
        long before = taskCount();
        // valid JSON after 10 MB of white space: were the limit not enforced on the bytes read, it would be stored
        byte[] task = task("\"Chunked patrol\"", FROM, TO).getBytes(StandardCharsets.UTF_8);
        InputStream body = new SequenceInputStream(new Blank(10 * 1024 * 1024),
                new java.io.ByteArrayInputStream(task));
        HttpResponse<String> response = sendChunked(body);
        assertEquals(413, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("")
                .split(";")[0]);
        org.junit.jupiter.api.Assertions.assertTrue(response.body().contains("\"status\":413"), response.body());
        assertEquals(before, taskCount());
    }

    @Test
    void a_chunked_body_under_the_limit_is_read_as_usual() throws Exception {
        byte[] task = task("\"Chunked patrol\"", FROM, TO).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = sendChunked(new SequenceInputStream(new Blank(60 * 1024),
                new java.io.ByteArrayInputStream(task)));
        assertEquals(201, response.statusCode(), response.body());
    }

    @ParameterizedTest
    @ValueSource(ints = {100 * 1024, 300 * 1024})
    void a_declared_length_over_the_limit_is_refused_with_413_before_the_body_is_read(int length) {
        long before = taskCount();
        String padded = " ".repeat(length) + task("\"Long patrol\"", FROM, TO);
        as("tara", "tasking-coordinator").body(padded).when().post("/api/tasks").then()
                .statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(413))
                .body("errors[0].field", equalTo("(body)"));
        assertEquals(before, taskCount());
    }

    HttpResponse<String> sendChunked(InputStream body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(tasksUri)
                .header("Authorization", "Bearer " + TestIssuer.token("tara", "tasking-coordinator"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** So many spaces, made as they are read. */
    static final class Blank extends InputStream {
        private long left;

        Blank(long length) {
            this.left = length;
        }

        @Override
        public int read() {
            return left-- > 0 ? ' ' : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) ' ');
            left -= n;
            return n;
        }
    }
}
