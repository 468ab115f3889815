package pact.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pact.testsupport.InjectWireMock;
import pact.testsupport.TestIssuer;

/** No N+1: the backend calls of a query do not grow with the number of rows it returns. */
@QuarkusTest
@WithTestResource(WireMockBackends.class)
@WithTestResource(TestIssuer.class)
class BatchingTest {

    @InjectWireMock
    WireMockServer backends;

    static String hotspotMap(int n) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cells.add("""
                    {"cellId":"150m-%d-1200","geometry":{"type":"Polygon","coordinates":[]},"centre":{"lat":51.5,"lon":-0.13},
                     "count":%d,"zScore":3.5,"pValue":0.0004,"confidenceBin":3,"ward":{"code":"E05013808","name":"West End"},
                     "topTypes":[]}""".formatted(3500 + i, 100 - i));
        }
        return "{\"method\":\"GISTAR\",\"cellSize\":150,\"distanceBand\":225,\"cellsInArea\":1064,\"reportsCounted\":999,"
                + "\"hotspots\":[" + String.join(",", cells) + "]}";
    }

    static String reportsByCell(int n) {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            entries.add("\"150m-%d-1200\":[{\"id\":\"r-%d\",\"category\":\"NOISE\",\"status\":\"NEW\"}]".formatted(3500 + i, i));
        }
        return "{" + String.join(",", entries) + "}";
    }

    static String tasksByCell(int n) {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            entries.add("\"150m-%d-1200\":[{\"id\":\"t-%d\",\"status\":\"PLANNED\",\"reportIds\":[\"r-%d\"]}]"
                    .formatted(3500 + i, i, i));
        }
        return "{" + String.join(",", entries) + "}";
    }

    static String noticesByReport(int n) {
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            groups.add("{\"key\":\"r-%d\",\"notices\":[{\"id\":\"n-%d\",\"type\":\"COMMUNITY_PROTECTION_WARNING\"}]}"
                    .formatted(i, i));
        }
        return "[" + String.join(",", groups) + "]";
    }

    /** The tasking dashboard: hotspots, their reports and those reports' notices, and their tasks. */
    int backendCallsFor(int rows) {
        backends.resetAll();
        backends.stubFor(get(urlPathEqualTo("/api/hotspots")).withQueryParam("limit", equalTo(Integer.toString(rows)))
                .willReturn(okJson(hotspotMap(rows))));
        backends.stubFor(get(urlPathEqualTo("/api/reports/by-cell")).willReturn(okJson(reportsByCell(rows))));
        backends.stubFor(get(urlPathEqualTo("/api/tasks/by-cell")).willReturn(okJson(tasksByCell(rows))));
        backends.stubFor(get(urlPathEqualTo("/api/v1/notices/by-report")).willReturn(okJson(noticesByReport(rows))));
        io.restassured.response.ExtractableResponse<?> answer = given()
                .auth().oauth2(TestIssuer.token("tom", "tasking-coordinator", "police-officer"))
                .header("X-Access-Reason", "tasking meeting")
                .contentType(ContentType.JSON)
                .body(Map.of("query", "{ hotspots(limit: " + rows + ") { hotspots { cellId count geometry "
                        + "reports { id category notices { id type } } tasks { id status } } } }"))
                .when().post("/graphql").then().statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .extract();
        List<String> reportIds = answer.path("data.hotspots.hotspots.reports.flatten().id");
        List<String> noticeIds = answer.path("data.hotspots.hotspots.reports.flatten().notices.flatten().id");
        List<String> taskIds = answer.path("data.hotspots.hotspots.tasks.flatten().id");
        assertEquals(rows, reportIds.size());
        assertEquals(rows, noticeIds.size());
        assertEquals(rows, taskIds.size());
        for (String path : List.of("/api/reports/by-cell", "/api/tasks/by-cell", "/api/v1/notices/by-report")) {
            assertEquals(1, backends.findAll(getRequestedFor(urlPathEqualTo(path))).size(), path);
        }
        return backends.getAllServeEvents().size();
    }

    @Test
    void the_dashboard_costs_the_same_backend_calls_for_1_hotspot_and_for_100() {
        int one = backendCallsFor(1);
        int hundred = backendCallsFor(100);
        assertEquals(4, one);
        assertEquals(one, hundred);
    }

    static String taskPage(int n) {
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tasks.add(("{\"id\":\"t-%d\",\"status\":\"ASSIGNED\",\"reportIds\":[\"r-%d\"],\"officerIds\":[\"o-%d\"],"
                    + "\"windowStart\":\"2026-11-0%dT18:00:00Z\",\"windowEnd\":\"2026-11-0%dT23:00:00Z\"}")
                    .formatted(i, i, i, 2 + i % 5, 2 + i % 5));
        }
        return "{\"items\":[" + String.join(",", tasks) + "],\"page\":0,\"size\":" + n + ",\"totalItems\":" + n
                + ",\"totalPages\":1}";
    }

    static String roster(int n) {
        List<String> officers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            officers.add("{\"id\":\"o-%d\",\"staffNumber\":\"PC-%d\",\"organisation\":\"MET_POLICE\"}".formatted(i, i));
        }
        return "{\"items\":[" + String.join(",", officers) + "],\"page\":0,\"size\":500,\"totalItems\":" + n
                + ",\"totalPages\":1}";
    }

    static String dose(int n) {
        List<String> doses = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            doses.add("{\"taskId\":\"t-%d\",\"plannedVisits\":4,\"deliveredVisits\":3,\"deliveredMinutes\":%d.5}"
                    .formatted(i, 30 + i));
        }
        return "{\"from\":\"2026-11-02T18:00:00Z\",\"to\":\"2026-11-06T23:00:00Z\",\"tasks\":[" + String.join(",", doses)
                + "],\"totals\":{\"tasks\":" + n + "}}";
    }

    static String noticesByTask(int n) {
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            groups.add(("{\"key\":\"t-%d\",\"notices\":[{\"id\":\"n-%d\",\"type\":\"COMMUNITY_PROTECTION_WARNING\","
                    + "\"reportId\":\"r-%d\",\"taskId\":\"t-%d\",\"issuingOfficer\":{\"staffNumber\":\"PC-%d\","
                    + "\"organisation\":\"MET_POLICE\"}}]}").formatted(i, i, i, i, i));
        }
        return "[" + String.join(",", groups) + "]";
    }

    static String reportsById(int n) {
        List<String> reports = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            reports.add("{\"id\":\"r-%d\",\"category\":\"NOISE\",\"status\":\"TASKED\"}".formatted(i));
        }
        return "[" + String.join(",", reports) + "]";
    }

    static String tasksById(int n) {
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tasks.add("{\"id\":\"t-%d\",\"status\":\"ASSIGNED\"}".formatted(i));
        }
        return "[" + String.join(",", tasks) + "]";
    }

    /** The tasking board: tasks with their officers and dose, their notices with each notice's report, task and officer. */
    int boardCallsFor(int rows) {
        backends.resetAll();
        backends.stubFor(get(urlPathEqualTo("/api/tasks")).withQueryParam("size", equalTo(Integer.toString(rows)))
                .willReturn(okJson(taskPage(rows))));
        backends.stubFor(get(urlPathEqualTo("/api/officers")).willReturn(okJson(roster(rows))));
        backends.stubFor(get(urlPathEqualTo("/api/dose")).willReturn(okJson(dose(rows))));
        backends.stubFor(get(urlPathEqualTo("/api/v1/notices/by-task")).willReturn(okJson(noticesByTask(rows))));
        backends.stubFor(get(urlPathEqualTo("/api/reports/bulk")).willReturn(okJson(reportsById(rows))));
        backends.stubFor(get(urlPathEqualTo("/api/tasks/batch")).willReturn(okJson(tasksById(rows))));
        io.restassured.response.ExtractableResponse<?> answer = given()
                .auth().oauth2(TestIssuer.token("tom", "tasking-coordinator", "police-officer"))
                .header("X-Access-Reason", "tasking meeting")
                .contentType(ContentType.JSON)
                .body(Map.of("query", "{ tasks(first: " + rows + ") { edges { node { id officers { staffNumber } "
                        + "dose { deliveredMinutes } notices { id report { status } task { status } "
                        + "officer { staffNumber } } } } } }"))
                .when().post("/graphql").then().statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .extract();
        String last = "data.tasks.edges[" + (rows - 1) + "].node";
        assertEquals("PC-" + (rows - 1), answer.path(last + ".officers[0].staffNumber"));
        assertEquals(30 + rows - 1 + 0.5f, (Float) answer.path(last + ".dose.deliveredMinutes"));
        assertEquals("TASKED", answer.path(last + ".notices[0].report.status"));
        assertEquals("ASSIGNED", answer.path(last + ".notices[0].task.status"));
        assertEquals("PC-" + (rows - 1), answer.path(last + ".notices[0].officer.staffNumber"));
        List<String> reportStatuses = answer.path("data.tasks.edges.node.notices.flatten().report.status");
        assertEquals(rows, reportStatuses.size());
        for (String path : List.of("/api/dose", "/api/v1/notices/by-task", "/api/reports/bulk", "/api/tasks/batch")) {
            assertEquals(1, backends.findAll(getRequestedFor(urlPathEqualTo(path))).size(), path);
        }
        // the dose is asked once, over the span of all the tasks' windows
        backends.verify(getRequestedFor(urlPathEqualTo("/api/dose"))
                .withQueryParam("from", equalTo("2026-11-02T18:00:00Z"))
                .withQueryParam("to", equalTo(rows == 1 ? "2026-11-02T23:00:00Z" : "2026-11-06T23:00:00Z")));
        return backends.getAllServeEvents().size();
    }

    @Test
    void the_tasking_board_costs_the_same_backend_calls_for_1_task_and_for_100() {
        // a first, uncounted round: a cold JVM on a loaded machine can pass the 500 ms test timeout once,
        // and the retry that follows would be counted as a call of the query
        boardCallsFor(1);
        int one = boardCallsFor(1);
        int hundred = boardCallsFor(100);
        // tasks, roster (for the tasks' officers and again for the notices' officers), dose, notices, reports, tasks
        assertEquals(7, one);
        assertEquals(one, hundred);
    }

    static String officerPage(int n) {
        List<String> officers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            officers.add("{\"id\":\"o-%d\",\"staffNumber\":\"PC-%d\",\"organisation\":\"MET_POLICE\"}".formatted(i, i));
        }
        return "{\"items\":[" + String.join(",", officers) + "],\"page\":0,\"size\":" + n + ",\"totalItems\":" + n
                + ",\"totalPages\":1}";
    }

    static String noticesByOfficer(int n) {
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            groups.add("{\"key\":\"PC-%d\",\"notices\":[{\"id\":\"n-%d\",\"type\":\"DISPERSAL_DIRECTION\"}]}"
                    .formatted(i, i));
        }
        return "[" + String.join(",", groups) + "]";
    }

    int officerCallsFor(int rows) {
        backends.resetAll();
        backends.stubFor(get(urlPathEqualTo("/api/officers")).willReturn(okJson(officerPage(rows))));
        backends.stubFor(get(urlPathEqualTo("/api/v1/notices/by-officer")).willReturn(okJson(noticesByOfficer(rows))));
        List<String> ids = given().auth().oauth2(TestIssuer.token("pc", "police-officer"))
                .header("X-Access-Reason", "performance review").contentType(ContentType.JSON)
                .body(Map.of("query", "{ officers(first: " + rows + ") { edges { node { staffNumber notices { id type } } } } }"))
                .when().post("/graphql").then().statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .extract().path("data.officers.edges.node.notices.flatten().id");
        assertEquals(rows, ids.size());
        return backends.getAllServeEvents().size();
    }

    @Test
    void officers_with_their_notices_cost_the_same_backend_calls_for_1_officer_and_for_100() {
        assertEquals(2, officerCallsFor(1));
        assertEquals(2, officerCallsFor(100));
    }

    @Test
    void a_hotspots_notices_cost_two_calls_for_1_hotspot_and_for_100() {
        for (int rows : new int[] {1, 100}) {
            backends.resetAll();
            backends.stubFor(get(urlPathEqualTo("/api/hotspots")).willReturn(okJson(hotspotMap(rows))));
            backends.stubFor(get(urlPathEqualTo("/api/reports/by-cell")).willReturn(okJson(reportsByCell(rows))));
            backends.stubFor(get(urlPathEqualTo("/api/v1/notices/by-report")).willReturn(okJson(noticesByReport(rows))));
            List<String> ids = given().auth().oauth2(TestIssuer.token("pc", "police-officer"))
                    .header("X-Access-Reason", "tasking meeting").contentType(ContentType.JSON)
                    .body(Map.of("query", "{ hotspots(limit: " + rows + ") { hotspots { cellId notices { id } } } }"))
                    .when().post("/graphql").then().statusCode(200)
                    .body("errors", org.hamcrest.Matchers.nullValue())
                    .extract().path("data.hotspots.hotspots.notices.flatten().id");
            assertEquals(rows, ids.size());
            assertEquals(3, backends.getAllServeEvents().size(), "hotspots, reports by cell, notices by report");
        }
    }

    @Test
    void links_to_more_than_200_keys_are_fetched_in_calls_of_at_most_200() {
        backends.resetAll();
        List<String> reportIds = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            reportIds.add("\"r-" + i + "\"");
        }
        backends.stubFor(get(urlPathEqualTo("/api/tasks")).willReturn(okJson("{\"items\":[{\"id\":\"t-1\","
                + "\"status\":\"PLANNED\",\"reportIds\":[" + String.join(",", reportIds) + "]}],\"page\":0,"
                + "\"size\":1,\"totalItems\":1,\"totalPages\":1}")));
        backends.stubFor(get(urlPathEqualTo("/api/reports/bulk")).willReturn(okJson("[{\"id\":\"r-1\"}]")));
        given().auth().oauth2(TestIssuer.token("tom", "tasking-coordinator")).contentType(ContentType.JSON)
                .body(Map.of("query", "{ tasks(first: 1) { edges { node { id reports { id } } } } }"))
                .when().post("/graphql").then().statusCode(200).body("errors", org.hamcrest.Matchers.nullValue());
        var calls = backends.findAll(getRequestedFor(urlPathEqualTo("/api/reports/bulk")));
        assertEquals(2, calls.size());
        for (var call : calls) {
            int ids = call.queryParameter("ids").firstValue().split(",").length;
            org.junit.jupiter.api.Assertions.assertTrue(ids <= 200, ids + " ids in one call");
        }
    }
}
