package pact.tasking;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pact.testsupport.Api.as;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pact.tasking.domain.Task;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
@WithTestResource(ReportsServiceMock.class)
class HotspotTaskingTest {
    static final String REQUEST = """
            {"from":"2025-05-01T00:00:00Z","to":"2025-06-01T00:00:00Z","cellSize":150,"objective":"VISIBLE_PATROL",
             "priority":"HIGH","windowStart":"2025-06-02T18:00:00Z","windowEnd":"2025-06-03T02:00:00Z",
             "powersNeeded":["PATROL"]}""";

    static String hotspot(String cellId, double z, String ring) {
        return """
                {"cellId":"%s","geometry":{"type":"Polygon","coordinates":[%s]},"centre":{"lat":51.51,"lon":-0.13},
                 "count":12,"zScore":%s,"pValue":0.001,"confidenceBin":3}"""
                .formatted(cellId, ring, z);
    }

    static final String SOHO = "[[-0.1345,51.5130],[-0.1324,51.5130],[-0.1324,51.5143],[-0.1345,51.5143],"
            + "[-0.1345,51.5130]]";
    static final String BOW_TIE = "[[-0.13,51.51],[-0.12,51.52],[-0.12,51.51],[-0.13,51.52],[-0.13,51.51]]";

    @BeforeEach
    void reset() {
        ReportsServiceMock.server.resetAll();
    }

    /** reports-service's map, with a few of the fields tasking ignores, around the given cells. */
    static void reportsAnswer(String cells) {
        ReportsServiceMock.server.stubFor(get(urlPathEqualTo("/api/hotspots"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"method":"GISTAR","cellSize":150,"distanceBand":225.0,"cellsInArea":9800,
                         "reportsCounted":6420,"hotspots":%s}""".formatted(cells))));
    }

    static long tasks() {
        return QuarkusTransaction.requiringNew().call(() -> Task.count());
    }

    @Test
    void significant_hotspots_become_tasks_with_the_caller_s_token_and_are_not_tasked_twice() {
        reportsAnswer("[" + hotspot("150m-3530-1206", 3.4, SOHO) + "," + hotspot("150m-3531-1206", 2.1, SOHO)
                + "," + hotspot("150m-3532-1206", 0.8, SOHO) + "]");
        long before = tasks();
        String token = TestIssuer.token("tara", "tasking-coordinator");
        io.restassured.RestAssured.given().auth().oauth2(token).contentType("application/json").body(REQUEST)
                .when().post("/api/tasks/from-hotspots").then().statusCode(201)
                .body("created", hasSize(2))
                .body("created[0].area.cellId", org.hamcrest.Matchers.equalTo("150m-3530-1206"))
                .body("created[0].title", containsString("z = 3.40"))
                .body("alreadyTasked", hasSize(0));
        assertEquals(before + 2, tasks());
        ReportsServiceMock.server.verify(getRequestedFor(urlPathEqualTo("/api/hotspots"))
                .withQueryParam("cellSize", equalTo("150"))
                .withQueryParam("limit", equalTo("50"))
                .withQueryParam("from", equalTo("2025-05-01T00:00:00Z"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.matching(
                        "Bearer .+")));
        // The forwarded token is the caller's own, not one of tasking-service's.
        assertEquals("Bearer " + token, ReportsServiceMock.server.getAllServeEvents().get(0).getRequest()
                .getHeader("Authorization"));

        as("tara", "tasking-coordinator").body(REQUEST).when().post("/api/tasks/from-hotspots").then()
                .statusCode(200).body("created", hasSize(0))
                .body("alreadyTasked", org.hamcrest.Matchers.equalTo(List.of("150m-3530-1206",
                        "150m-3531-1206")));
        assertEquals(before + 2, tasks());
    }

    @Test
    void without_a_method_the_best_forecast_ranks_the_cells_and_the_answer_says_which_method_it_was() {
        ReportsServiceMock.server.stubFor(get(urlPathEqualTo("/api/hotspots"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"method":"COUNT","cellSize":150,"distanceBand":225.0,"cellsInArea":1064,"reportsCounted":6420,
                         "parameters":{},"chosenBy":"rolling back-test: no method beat plain counts",
                         "hotspots":[%s,%s]}""".formatted(
                        hotspot("150m-3540-1206", 0, SOHO).replace("\"zScore\":0.0,", ""),
                        hotspot("150m-3541-1206", 0, SOHO).replace("\"zScore\":0.0,", "")))));
        String request = REQUEST.replace("\"cellSize\":150,", "\"cellSize\":150,\"maxTasks\":1,");
        as("tara", "tasking-coordinator").body(request).when().post("/api/tasks/from-hotspots").then()
                .statusCode(201)
                .body("created", hasSize(1))
                .body("created[0].area.cellId", org.hamcrest.Matchers.equalTo("150m-3540-1206"))
                .body("created[0].title", containsString("COUNT rank 1"))
                .body("method", org.hamcrest.Matchers.equalTo("COUNT"))
                .body("chosenBy", startsWith("rolling back-test"))
                .body("parameters", org.hamcrest.Matchers.notNullValue());
        // no method was sent: reports-service chooses
        ReportsServiceMock.server.verify(getRequestedFor(urlPathEqualTo("/api/hotspots"))
                .withoutQueryParam("method").withQueryParam("limit", equalTo("1")));
    }

    @Test
    void a_z_score_threshold_alone_asks_for_gi_star_and_an_unknown_method_is_a_400() {
        reportsAnswer("[" + hotspot("150m-3542-1206", 2.5, SOHO) + "]");
        as("tara", "tasking-coordinator").body(REQUEST.replace("\"cellSize\":150,", "\"cellSize\":150,"
                + "\"minZScore\":3.0,")).when().post("/api/tasks/from-hotspots").then()
                .statusCode(200).body("created", hasSize(0)).body("method", org.hamcrest.Matchers.equalTo("GISTAR"));
        ReportsServiceMock.server.verify(getRequestedFor(urlPathEqualTo("/api/hotspots"))
                .withQueryParam("method", equalTo("GISTAR")));
        as("tara", "tasking-coordinator").body(REQUEST.replace("\"cellSize\":150,", "\"cellSize\":150,"
                + "\"method\":\"VORONOI\",")).when().post("/api/tasks/from-hotspots").then()
                .statusCode(400);
    }

    @Test
    void when_reports_service_is_down_the_error_says_so_and_nothing_is_created() {
        long before = tasks();
        ReportsServiceMock.server.stubFor(get(urlPathEqualTo("/api/hotspots"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        as("tara", "tasking-coordinator").body(REQUEST).when().post("/api/tasks/from-hotspots").then()
                .statusCode(503).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("reports-service could not be reached"))
                .body("detail", containsString("no tasks were created"));
        ReportsServiceMock.server.stubFor(get(urlPathEqualTo("/api/hotspots"))
                .willReturn(aResponse().withStatus(500)));
        as("tara", "tasking-coordinator").body(REQUEST).when().post("/api/tasks/from-hotspots").then()
                .statusCode(503).body("detail", containsString("reports-service answered 500"));
        ReportsServiceMock.server.stubFor(get(urlPathEqualTo("/api/hotspots"))
                .willReturn(aResponse().withFixedDelay(3000).withBody("[]")));
        as("tara", "tasking-coordinator").body(REQUEST).when().post("/api/tasks/from-hotspots").then()
                .statusCode(503).body("detail", containsString("reports-service could not be reached"));
        assertEquals(before, tasks());
    }

    @Test
    void one_unusable_hotspot_creates_none_of_them() {
        long before = tasks();
        reportsAnswer("[" + hotspot("150m-3533-1206", 4.0, SOHO) + "," + hotspot("150m-3534-1206", 3.0,
                BOW_TIE) + "]");
        as("tara", "tasking-coordinator").body(REQUEST).when().post("/api/tasks/from-hotspots").then()
                .statusCode(502).body("detail", containsString("150m-3534-1206"));
        assertEquals(before, tasks());
    }

    @Test
    void a_caller_reports_service_refuses_gets_a_403_and_only_coordinators_may_ask() {
        ReportsServiceMock.server.stubFor(get(urlPathEqualTo("/api/hotspots"))
                .willReturn(aResponse().withStatus(403)));
        as("tara", "tasking-coordinator").body(REQUEST).when().post("/api/tasks/from-hotspots").then()
                .statusCode(403).body("detail", containsString("reports-service refused"));
        as("pc", "police-officer").body(REQUEST).when().post("/api/tasks/from-hotspots").then().statusCode(403);
        // Only the coordinator's request reached reports-service.
        assertEquals(1, ReportsServiceMock.server.findAll(getRequestedFor(urlPathEqualTo("/api/hotspots"))).size());
    }
}
