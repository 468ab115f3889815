package pact.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pact.testsupport.InjectWireMock;
import pact.testsupport.TestIssuer;

/** Shifts, availability, plans, patrol dose and the PSPO register, as the services answer them. */
@QuarkusTest
@WithTestResource(WireMockBackends.class)
@WithTestResource(TestIssuer.class)
class TaskingAndPspoQueriesTest {
    static final String COORDINATOR = TestIssuer.token("tom", "tasking-coordinator");

    @InjectWireMock
    WireMockServer backends;

    @BeforeEach
    void reset() {
        backends.resetAll();
    }

    static ValidatableResponse graphql(String token, String query) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("query", query))
                .when().post("/graphql").then().log().ifValidationFails().statusCode(200);
    }

    @Test
    void availability_and_shifts_pass_their_filters_to_tasking() {
        backends.stubFor(get(urlPathEqualTo("/api/availability")).willReturn(okJson("""
                [{"officerId":"o-1","staffNumber":"PC-01","displayName":"PC One","organisation":"MET_POLICE",
                  "team":"PACT","availability":"ON_TASK","at":"2026-11-02T20:00:00Z"}]""")));
        backends.stubFor(get(urlPathEqualTo("/api/officers/o-1/duty-periods")).willReturn(okJson("""
                [{"id":"d-1","officerId":"o-1","kind":"SHIFT","startsAt":"2026-11-02T18:00:00Z",
                  "endsAt":"2026-11-03T02:00:00Z"}]""")));
        graphql(COORDINATOR, """
                { availability(at: "2026-11-02T20:00:00Z", team: "PACT") { staffNumber availability }
                  dutyPeriods(officerId: "o-1", from: "2026-11-01T00:00:00Z", to: "2026-11-08T00:00:00Z")
                  { kind startsAt } }""")
                .body("errors", nullValue())
                .body("data.availability[0].availability", Matchers.equalTo("ON_TASK"))
                .body("data.dutyPeriods[0].kind", Matchers.equalTo("SHIFT"));
        backends.verify(getRequestedFor(urlPathEqualTo("/api/availability"))
                .withQueryParam("at", equalTo("2026-11-02T20:00:00Z")).withQueryParam("team", equalTo("PACT"))
                .withHeader("Authorization", equalTo("Bearer " + COORDINATOR)));
        backends.verify(getRequestedFor(urlPathEqualTo("/api/officers/o-1/duty-periods"))
                .withQueryParam("from", equalTo("2026-11-01T00:00:00Z")));
        graphql(TestIssuer.token("ann", "analyst"), "{ availability { staffNumber } }")
                .body("errors[0].extensions.code", Matchers.equalTo("forbidden"));
        backends.verify(1, getRequestedFor(urlPathEqualTo("/api/availability")));
    }

    @Test
    void a_plan_links_each_visit_to_its_task_and_officer_in_one_call_each() {
        backends.stubFor(get(urlPathEqualTo("/api/plans/p-1")).willReturn(okJson("""
                {"id":"p-1","seed":42,"version":1,"quality":{"coverage":0.9},
                 "visits":[{"id":"v-1","officerId":"o-1","taskId":"t-1","cellId":"150m-1-1","locked":true},
                           {"id":"v-2","officerId":"o-2","taskId":"t-1","cellId":"150m-1-1","locked":false},
                           {"id":"v-3","officerId":"o-1","taskId":"t-2","cellId":"150m-2-1","locked":false}]}""")));
        backends.stubFor(get(urlPathEqualTo("/api/tasks/batch")).willReturn(okJson("""
                [{"id":"t-1","title":"Leicester Square"},{"id":"t-2","title":"Soho Square"}]""")));
        backends.stubFor(get(urlPathEqualTo("/api/officers")).willReturn(okJson("""
                {"items":[{"id":"o-1","staffNumber":"PC-01"},{"id":"o-2","staffNumber":"CI-02"}],
                 "page":0,"size":500,"totalItems":2,"totalPages":1}""")));
        graphql(COORDINATOR, "{ plan(id: \"p-1\") { seed quality { coverage } visits { locked task { title } "
                + "officer { staffNumber } } } }")
                .body("errors", nullValue())
                .body("data.plan.visits.task.title", Matchers.contains("Leicester Square", "Leicester Square",
                        "Soho Square"))
                .body("data.plan.visits.officer.staffNumber", Matchers.contains("PC-01", "CI-02", "PC-01"));
        backends.verify(1, getRequestedFor(urlPathEqualTo("/api/tasks/batch"))
                .withQueryParam("id", equalTo("t-1")).withQueryParam("id", equalTo("t-2")));
        backends.verify(1, getRequestedFor(urlPathEqualTo("/api/officers")).withQueryParam("size", equalTo("500")));
    }

    @Test
    void patrol_dose_is_for_the_roles_that_may_see_it() {
        backends.stubFor(get(urlPathEqualTo("/api/dose")).willReturn(okJson("""
                {"from":"2026-11-02T18:00:00Z","to":"2026-11-03T02:00:00Z",
                 "tasks":[{"taskId":"t-1","title":"Leicester Square","cellId":"150m-1-1","plannedVisits":4,
                   "plannedMinutes":50,"deliveredVisits":3,"deliveredMinutes":41.5,"officers":2}],
                 "totals":{"tasks":1,"tasksVisited":1,"deliveredMinutes":41.5,"checkInsCounted":720}}""")));
        String query = "{ patrolDose(from: \"2026-11-02T18:00:00Z\", to: \"2026-11-03T02:00:00Z\") "
                + "{ tasks { title plannedMinutes deliveredMinutes } totals { checkInsCounted } } }";
        graphql(TestIssuer.token("ann", "analyst"), query)
                .body("errors", nullValue())
                .body("data.patrolDose.tasks[0].deliveredMinutes", Matchers.equalTo(41.5f))
                .body("data.patrolDose.totals.checkInsCounted", Matchers.equalTo(720));
        backends.verify(getRequestedFor(urlPathEqualTo("/api/dose"))
                .withQueryParam("to", equalTo("2026-11-03T02:00:00Z")));
        graphql(TestIssuer.token("olivia", "council-officer"), query)
                .body("errors[0].message", containsString("'patrolDose' needs one of the roles"));
    }

    @Test
    void the_pspo_register_and_the_orders_that_apply_at_a_point() {
        backends.stubFor(get(urlPathEqualTo("/api/v1/pspos")).willReturn(okJson("""
                [{"id":"WCC-ALCOHOL","name":"Westminster alcohol","status":"EXTENDED","activeFrom":"2025-12-03",
                  "activeTo":"2028-12-02","area":{"type":"Polygon","coordinates":[[[-0.2,51.5],[-0.1,51.5],[-0.1,51.6],[-0.2,51.5]]]},
                  "prohibitions":[{"code":"ALCOHOL_FAIL_TO_SURRENDER","wording":"Surrender alcohol when asked",
                    "from":"22:00:00","to":"06:00:00"}],"consultations":[],"nextStatuses":["VARIED"],"version":3},
                 {"id":"WCC-BRIDGES","name":"Bridges","status":"MADE","prohibitions":[],"version":0}]""")));
        backends.stubFor(get(urlPathEqualTo("/api/v1/pspos/applicable")).willReturn(okJson("""
                [{"orderId":"WCC-ALCOHOL","orderName":"Westminster alcohol",
                  "prohibitionCode":"ALCOHOL_FAIL_TO_SURRENDER","wording":"Surrender alcohol when asked"}]""")));
        String token = TestIssuer.token("ian", "city-inspector");
        graphql(token, """
                { pspos { id area activeTo prohibitions { code from to } }
                  applicablePspos(lat: 51.511, lon: -0.131, at: "2026-11-02T23:00:00Z", behaviour: "ALCOHOL_FAIL_TO_SURRENDER")
                  { orderId prohibitionCode } }""")
                .body("errors", nullValue())
                .body("data.pspos[0].area", containsString("\"type\":\"Polygon\""))
                .body("data.pspos[0].prohibitions[0].from", Matchers.startsWith("22:00"))
                .body("data.pspos[1].area", nullValue())
                .body("data.applicablePspos[0].orderId", Matchers.equalTo("WCC-ALCOHOL"));
        backends.verify(getRequestedFor(urlPathEqualTo("/api/v1/pspos/applicable"))
                .withQueryParam("lat", equalTo("51.511")).withQueryParam("lon", equalTo("-0.131"))
                .withQueryParam("behaviour", equalTo("ALCOHOL_FAIL_TO_SURRENDER"))
                .withHeader("Authorization", equalTo("Bearer " + token)));
        graphql(TestIssuer.token("pat", "partner"), "{ pspos { id } }")
                .body("errors[0].extensions.code", Matchers.equalTo("forbidden"));
    }
}
