package pact.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static pact.reports.Open311FixMyStreetTest.RESIDENT;
import static pact.reports.Open311FixMyStreetTest.WHERE;
import static pact.reports.Open311FixMyStreetTest.fixMyStreet;
import static pact.reports.Open311FixMyStreetTest.postRequest;
import static pact.testsupport.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.xml.XmlPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import pact.reports.domain.Report;
import pact.reports.domain.ReportStatus;
import pact.reports.domain.ReportUpdate;
import pact.reports.domain.ReportUpdateKind;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

/**
 * Open311's service request updates as FixMyStreet uses them: it polls {@code servicerequestupdates.xml}
 * for the last hours with its API key and posts residents' comments, re-sending any it got no answer
 * for. Staff's status moves reach it with the statuses it knows; comments reach staff only, once.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class Open311UpdatesTest {

    static String report(String apiKey, String extra) {
        return postRequest("api_key=" + apiKey + WHERE + "&description=Drinking+on+the+church+steps" + extra
                + RESIDENT, 201);
    }

    static void moveTo(String id, ReportStatus status) {
        as("olivia", "council-officer").body("{\"status\":\"" + status + "\",\"reason\":\"seen on patrol\"}")
                .when().post("/api/reports/" + id + "/status").then().statusCode(200);
    }

    static List<ReportUpdate> entries(String id) {
        return QuarkusTransaction.requiringNew().call(() -> ReportUpdate.<ReportUpdate>list("reportId", Sort.by("id"),
                UUID.fromString(id)));
    }

    /** A time as FixMyStreet's W3CDTF writes it, with URI.pm's escaping of the colons. */
    static String w3c(Instant time) {
        return time.truncatedTo(ChronoUnit.SECONDS).toString().replace(":", "%3A");
    }

    /** FixMyStreet's poll: its API key (if any), a window, its jurisdiction. */
    static XmlPath poll(String apiKey, Instant start, Instant end) {
        return given().log().ifValidationFails().urlEncodingEnabled(false).when()
                .get("/open311/v2/servicerequestupdates.xml?api_key=" + apiKey + "&start_date=" + w3c(start)
                        + "&end_date=" + w3c(end) + "&jurisdiction_id=westminster-pact")
                .then().statusCode(200).contentType(containsString("xml")).extract().xmlPath();
    }

    static List<String> of(XmlPath updates, String id, String field) {
        return updates.getList("service_request_updates.request_update.findAll { it.service_request_id == '" + id
                + "' }." + field, String.class);
    }

    @Test
    void status_moves_made_by_staff_are_listed_oldest_first_with_fixmystreet_statuses_and_their_times() {
        Instant start = Instant.now().minusSeconds(60);
        String id = report("fms-updates-key", "");
        moveTo(id, ReportStatus.TRIAGED);
        moveTo(id, ReportStatus.TASKED);
        moveTo(id, ReportStatus.RESOLVED);
        List<ReportUpdate> moves = entries(id).stream().filter(u -> u.kind == ReportUpdateKind.STATUS_CHANGED)
                .toList();
        assertEquals(3, moves.size());

        XmlPath updates = poll("fms-updates-key", start, Instant.now().plusSeconds(60));
        assertEquals(List.of("INVESTIGATING", "ACTION_SCHEDULED", "FIXED"), of(updates, id, "status"));
        assertEquals(moves.stream().map(u -> String.valueOf(u.id)).toList(), of(updates, id, "update_id"));
        assertEquals(moves.stream().map(u -> u.at.truncatedTo(ChronoUnit.SECONDS).toString()).toList(),
                of(updates, id, "updated_datetime"));
        assertEquals(moves.stream().map(u -> u.publicText).toList(), of(updates, id, "description"));
        assertEquals(3, updates.getInt("service_request_updates.request_update.findAll { it.service_request_id == '"
                + id + "' && it.media_url.size() == 1 && it.media_url.text() == '' }.size()"), "media_url, empty");

        // a report the public feed shows is followed by anyone, and not outside the window asked for
        assertEquals(List.of("INVESTIGATING", "ACTION_SCHEDULED", "FIXED"),
                of(poll("", start, Instant.now().plusSeconds(60)), id, "status"));
        assertEquals(List.of(), of(poll("fms-updates-key", start.minusSeconds(3600), start), id, "status"));
    }

    @Test
    void a_report_out_of_the_public_feed_is_followed_only_by_the_client_that_sent_it() {
        Instant start = Instant.now().minusSeconds(60);
        String targeted = report("fms-updates-key", "&attribute%5Btargeted%5D=yes");
        moveTo(targeted, ReportStatus.TRIAGED);
        Instant end = Instant.now().plusSeconds(60);
        assertEquals(List.of("INVESTIGATING"), of(poll("fms-updates-key", start, end), targeted, "status"));
        assertEquals(List.of(), of(poll("", start, end), targeted, "status"));
        assertEquals(List.of(), of(poll("fms-other-key", start, end), targeted, "status"));
    }

    @Test
    void requests_xml_updated_datetime_moves_on_with_a_status_change() throws InterruptedException {
        String id = report("fms-updates-key", "");
        XmlPath before = given().when().get("/open311/v2/requests/" + id + ".xml").then().statusCode(200)
                .extract().xmlPath();
        String requested = before.getString("service_requests.request.requested_datetime");
        assertEquals(requested, before.getString("service_requests.request.updated_datetime"));

        Thread.sleep(1100); // a time to the second moves on only when a second has passed
        moveTo(id, ReportStatus.TRIAGED);
        ReportUpdate move = entries(id).get(entries(id).size() - 1);
        XmlPath after = given().when().get("/open311/v2/requests/" + id + ".xml").then().statusCode(200)
                .extract().xmlPath();
        assertEquals(requested, after.getString("service_requests.request.requested_datetime"));
        assertEquals(move.at.truncatedTo(ChronoUnit.SECONDS).toString(),
                after.getString("service_requests.request.updated_datetime"));
        assertNotEquals(requested, after.getString("service_requests.request.updated_datetime"));
    }

    @Test
    void a_residents_comment_is_stored_once_for_staff_and_a_re_send_answers_the_same_update_id() {
        String id = report("fms-comment-key", "");
        // as PostServiceRequestUpdates sends it: an apostrophe is not escaped, a browser's CRLF is
        String body = "api_key=fms-comment-key&service_request_id=" + id + "&update_id=9001"
                + "&updated_datetime=2026-12-03T09%3A15%3A00Z&status=FIXED"
                + "&description=They've+gone+now%2C+thank+you.%0D%0ABut+they'll+be+back+%E2%80%94+Fr%C3%A9d%C3%A9rique"
                + "&first_name=Fr%C3%A9d%C3%A9rique&last_name=Public&email=fred%40example.org"
                + "&jurisdiction_id=westminster-pact";
        String first = fixMyStreet(body).when().post("/open311/v2/servicerequestupdates.xml").then().statusCode(201)
                .contentType(containsString("xml"))
                .extract().xmlPath().getString("service_request_updates.request_update.update_id");
        String again = fixMyStreet(body).when().post("/open311/v2/servicerequestupdates.xml").then().statusCode(200)
                .extract().xmlPath().getString("service_request_updates.request_update.update_id");
        assertEquals(first, again);

        List<ReportUpdate> comments = entries(id).stream().filter(u -> u.kind == ReportUpdateKind.RESIDENT_COMMENT)
                .toList();
        assertEquals(1, comments.size());
        ReportUpdate comment = comments.get(0);
        assertEquals(first, String.valueOf(comment.id));
        assertNull(comment.publicText);
        assertEquals("open311:fms-comment", comment.actor);
        assertEquals("open311:fms-comment:update:9001", comment.origin);
        assertEquals(ReportStatus.NEW, comment.status);
        assertEquals("They've gone now, thank you.\nBut they'll be back — Frédérique\n\n"
                + "The resident's app now shows the report as: fixed. PACT's status is unchanged; a person decides it."
                + "\n\nFrom: Frédérique Public, fred@example.org"
                + "\n\nWritten (as the app gives it): 2026-12-03T09:15:00Z",
                comment.internalNote);
        assertEquals(ReportStatus.NEW, QuarkusTransaction.requiringNew().call(
                () -> Report.<Report>findById(UUID.fromString(id)).status));
        // staff only: never listed to residents
        poll("fms-comment-key", Instant.now().minusSeconds(120), Instant.now().plusSeconds(60)).getList(
                "service_request_updates.request_update.update_id", String.class).forEach(
                        listed -> assertNotEquals(first, listed));
    }

    @Test
    void a_comment_needs_the_clients_key_and_a_report_that_client_sent() {
        String others = report("fms-other-key", "");
        String body = "api_key=fms-refused-key&service_request_id=" + others + "&update_id=17&status=OPEN"
                + "&description=Still+going+on&first_name=Sam&last_name=Resident";
        fixMyStreet(body).when().post("/open311/v2/servicerequestupdates.xml").then().statusCode(404)
                .contentType(containsString("xml")).body("errors.error.code", equalTo("404"));
        fixMyStreet(body.replace(others, UUID.randomUUID().toString()))
                .when().post("/open311/v2/servicerequestupdates.xml").then().statusCode(404)
                .body("errors.error.code", equalTo("404"));
        fixMyStreet(body.replace("fms-refused-key", "not-a-key")).when().post("/open311/v2/servicerequestupdates.xml")
                .then().statusCode(403).body("errors.error.description", containsString("api_key"));
        fixMyStreet(body + "&jurisdiction_id=camden")
                .when().post("/open311/v2/servicerequestupdates.xml").then().statusCode(400)
                .body("errors.error.description", containsString("jurisdiction_id camden"));
        assertEquals(List.of(), entries(others).stream().filter(u -> u.kind == ReportUpdateKind.RESIDENT_COMMENT)
                .toList());
        given().when().get("/open311/v2/servicerequestupdates.xml?start_date=2026-12-03T10%3A00%3A00Z"
                + "&end_date=2026-12-03T09%3A00%3A00Z").then().statusCode(400)
                .body("errors.error.description", containsString("start_date"))
                .body(not(containsString("request_update")));
        given().when().get("/open311/v2/servicerequestupdates.json").then().statusCode(200)
                .contentType(containsString("json"))
                .body("status", everyItem(in(List.of("OPEN", "INVESTIGATING", "ACTION_SCHEDULED", "FIXED", "CLOSED",
                        "DUPLICATE", "NO_FURTHER_ACTION"))));
    }

    @Test
    void re_sends_that_race_the_first_store_one_report_and_one_comment() throws Exception {
        String report = "api_key=fms-race-key" + WHERE + "&description=Fireworks+in+the+square"
                + "&attribute%5Bfixmystreet_id%5D=8080" + RESIDENT;
        List<String> ids = twice(() -> fixMyStreet(report).when().post("/open311/v2/requests.xml").then()
                .statusCode(in(List.of(200, 201))).extract().xmlPath()
                .getString("service_requests.request.service_request_id"));
        assertEquals(ids.get(0), ids.get(1));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Report.count("sourceReference",
                "open311:fms-race:fixmystreet:8080")));

        String comment = "api_key=fms-race-key&service_request_id=" + ids.get(0) + "&update_id=8081&status=OPEN"
                + "&description=Still+going&first_name=Sam&last_name=Resident";
        List<String> updateIds = twice(() -> fixMyStreet(comment).when().post("/open311/v2/servicerequestupdates.xml")
                .then().statusCode(in(List.of(200, 201))).extract().xmlPath()
                .getString("service_request_updates.request_update.update_id"));
        assertEquals(updateIds.get(0), updateIds.get(1));
        assertEquals(1, entries(ids.get(0)).stream().filter(u -> u.kind == ReportUpdateKind.RESIDENT_COMMENT).count());
    }

    /** Two calls at once, as when a client's retry overtakes its first attempt. */
    static List<String> twice(Callable<String> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            Callable<String> gated = () -> {
                gate.await();
                return call.call();
            };
            Future<String> first = pool.submit(gated);
            Future<String> second = pool.submit(gated);
            gate.countDown();
            return List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }
}
