package pact.reports;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pact.testsupport.Api.as;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pact.reports.feeds.WorkFeeds;
import pact.reports.service.WorkFromFeeds;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.InjectWireMock;
import pact.testsupport.TestIssuer;

/**
 * A report follows the work done on it elsewhere: tasking's and enforcement's change feeds (stood
 * in for by WireMock) are read from a stored cursor, applied once, and a feed that is down loses
 * nothing.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
@WithTestResource(OtherServicesStandIn.class)
class WorkFeedsTest {

    @InjectWireMock
    WireMockServer services;

    @Inject
    WorkFeeds feeds;

    @Inject
    WorkFromFeeds cursors;

    @BeforeEach
    void reset() {
        services.resetAll();
    }

    static String newReport() {
        return as("olivia", "council-officer").body("""
                {"qualifier":"NUISANCE","category":"STREET_DRINKING","description":"Drinking by the fountain",
                 "location":{"lat":51.5101,"lon":-0.1301},"occurredAt":"2026-11-01T20:00:00Z","source":"PUBLIC"}""")
                .when().post("/api/reports").then().statusCode(201).extract().path("id");
    }

    static String taskEvent(long seq, String from, String to, String detail, String... reportIds) {
        return """
                {"cursor":"%d","taskId":"7b1c7f2e-0000-4000-8000-000000000001","title":"Leicester Square",
                 "from":%s,"to":"%s","detail":"%s","by":"tom","at":"2026-11-02T18:%02d:00Z","reportIds":[%s]}"""
                .formatted(seq, from == null ? "null" : "\"" + from + "\"", to, detail, seq % 60,
                        String.join(",", java.util.Arrays.stream(reportIds).map(r -> "\"" + r + "\"").toList()));
    }

    /** The tasking feed answers {@code items} after {@code since}, ending at {@code next}. */
    void taskingAnswers(String since, String next, String... items) {
        services.stubFor(get(urlPathEqualTo("/api/changes")).withQueryParam("since", equalTo(since))
                .willReturn(okJson("{\"items\":[" + String.join(",", items) + "],\"nextCursor\":\"" + next + "\"}")));
    }

    void enforcementAnswers(String since, String next, String items) {
        services.stubFor(get(urlPathEqualTo("/api/v1/changes")).withQueryParam("since", equalTo(since))
                .willReturn(okJson("{\"items\":[" + items + "],\"nextCursor\":\"" + next + "\"}")));
    }

    @Test
    void a_task_assigned_started_and_completed_is_recorded_on_the_report_and_tasks_it_once() {
        String report = newReport();
        long at = Long.parseLong(cursors.position("tasking"));
        String unknown = UUID.randomUUID().toString();
        taskingAnswers(Long.toString(at), Long.toString(at + 2),
                taskEvent(at + 1, null, "PLANNED", "planned", report),
                taskEvent(at + 2, "PLANNED", "ASSIGNED", "assigned to [PC-01, CI-04]", report, unknown));
        enforcementAnswers(cursors.position("enforcement"), cursors.position("enforcement"), "");

        Map<String, Integer> recorded = feeds.followAll();
        assertEquals(1, recorded.get("tasking"), "the assignment, for the report reports-service holds");
        as("olivia", "council-officer").when().get("/api/reports/" + report).then()
                .body("status", is("TASKED"));
        as("olivia", "council-officer").when().get("/api/reports/" + report + "/updates").then()
                .body("kind", contains("TASK_ASSIGNED"))
                .body("[0].publicText", is("Officers have been tasked to patrol this location."))
                .body("[0].internalNote", is("Task 'Leicester Square' assigned to [PC-01, CI-04]"))
                .body("[0].actor", is("tasking-service: tom"))
                .body("[0].status", is("TASKED"));
        as("olivia", "council-officer").when().get("/api/reports/" + report + "/history").then()
                .body("to", contains("TASKED")).body("[0].changedBy", is("tasking-service: tom"));
        // read with the service's own token, and the reason enforcement's audit needs
        services.verify(getRequestedFor(urlPathEqualTo("/api/changes"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withHeader("X-Access-Reason", matching(".+")));

        // started and completed: recorded, and the report stays TASKED until a person resolves it
        taskingAnswers(Long.toString(at + 2), Long.toString(at + 4),
                taskEvent(at + 3, "ASSIGNED", "IN_PROGRESS", "null", report),
                taskEvent(at + 4, "IN_PROGRESS", "COMPLETED", "Group moved on; area quiet by 23:00", report));
        assertEquals(2, feeds.followAll().get("tasking"));
        as("olivia", "council-officer").when().get("/api/reports/" + report + "/updates").then()
                .body("kind", contains("TASK_ASSIGNED", "TASK_STARTED", "TASK_COMPLETED"))
                .body("[2].internalNote", is("Task 'Leicester Square' completed: Group moved on; area quiet "
                        + "by 23:00"))
                .body("[2].status", is("TASKED"));

        // a feed that repeats entries already applied records nothing twice
        taskingAnswers(Long.toString(at + 4), Long.toString(at + 5),
                taskEvent(at + 4, "IN_PROGRESS", "COMPLETED", "again", report));
        assertEquals(0, feeds.followAll().get("tasking"));
        assertEquals(Long.toString(at + 5), cursors.position("tasking"));
    }

    @Test
    void a_feed_that_is_down_moves_no_cursor_and_its_entries_arrive_when_it_is_back() {
        String report = newReport();
        String at = cursors.position("tasking");
        services.stubFor(get(urlPathEqualTo("/api/changes")).willReturn(aResponse().withStatus(503)));
        enforcementAnswers(cursors.position("enforcement"), cursors.position("enforcement"), "");
        assertEquals(-1, feeds.followAll().get("tasking"));
        assertEquals(at, cursors.position("tasking"));

        services.resetAll();
        long n = Long.parseLong(at);
        taskingAnswers(at, Long.toString(n + 1), taskEvent(n + 1, "PLANNED", "ASSIGNED", "assigned to [PC-02]",
                report));
        enforcementAnswers(cursors.position("enforcement"), cursors.position("enforcement"), "");
        assertEquals(1, feeds.followAll().get("tasking"));
        as("olivia", "council-officer").when().get("/api/reports/" + report).then().body("status", is("TASKED"));
    }

    @Test
    void a_notice_issued_that_names_the_report_is_recorded_without_naming_anyone_publicly() {
        String report = newReport();
        taskingAnswers(cursors.position("tasking"), cursors.position("tasking"));
        long at = Long.parseLong(cursors.position("enforcement"));
        enforcementAnswers(Long.toString(at), Long.toString(at + 2), """
                {"cursor":"%d","noticeId":"1d5b7a52-0000-4000-8000-000000000007","change":"CREATED","status":"ISSUED",
                 "version":0,"at":"2026-11-02T22:00:00Z",
                 "notice":{"id":"1d5b7a52-0000-4000-8000-000000000007","type":"COMMUNITY_PROTECTION_WARNING",
                  "legalBasis":"s.43 ASBCPA 2014","reportId":"%s",
                  "issuingOfficer":{"staffNumber":"CI-04","organisation":"WESTMINSTER_COUNCIL"}}},
                {"cursor":"%d","noticeId":"1d5b7a52-0000-4000-8000-000000000008","change":"STATUS","status":"COMPLIED",
                 "version":1,"at":"2026-11-03T10:00:00Z","notice":{"id":"1d5b7a52-0000-4000-8000-000000000008",
                  "reportId":"%s"}}""".formatted(at + 1, report, at + 2, report));
        assertEquals(1, feeds.followAll().get("enforcement"));
        as("olivia", "council-officer").when().get("/api/reports/" + report + "/updates").then()
                .body("kind", contains("NOTICE_ISSUED"))
                .body("[0].publicText", is("Officers have taken enforcement action about this report."))
                .body("[0].internalNote", is("COMMUNITY_PROTECTION_WARNING (s.43 ASBCPA 2014) issued by CI-04 "
                        + "(WESTMINSTER_COUNCIL); notice 1d5b7a52-0000-4000-8000-000000000007"))
                .body("[0].status", is("NEW"));
    }

    @Test
    void a_status_move_by_staff_is_a_lifecycle_entry_with_public_wording_or_their_own() {
        String report = newReport();
        as("olivia", "council-officer").body("{\"status\":\"TRIAGED\",\"reason\":\"repeat location\"}")
                .when().post("/api/reports/" + report + "/status").then().statusCode(200);
        as("olivia", "council-officer").body("{\"status\":\"NO_FURTHER_ACTION\",\"reason\":\"private land\","
                + "\"publicText\":\"This is private land; the owner has been told.\"}")
                .when().post("/api/reports/" + report + "/status").then().statusCode(200);
        as("olivia", "council-officer").when().get("/api/reports/" + report + "/updates").then()
                .body("kind", contains("STATUS_CHANGED", "STATUS_CHANGED"))
                .body("publicText", contains("The PACT team has assessed your report.",
                        "This is private land; the owner has been told."))
                .body("internalNote", contains("repeat location", "private land"))
                .body("actor", contains("olivia", "olivia"));
    }
}
