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
}
