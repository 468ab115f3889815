package pact.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pact.testsupport.InjectWireMock;
import pact.testsupport.TestIssuer;

/**
 * The gateway's resolvers do not block: independent root fields, and the linked fields of one
 * level, have their backend calls in flight at once. Each stand-in answers only after
 * {@link #DELAY_MS}, so calls made one after another arrive at least that far apart; calls made
 * together all arrive before the first answer. Also: the caller's X-Access-Reason goes only with
 * the calls whose answer's personal fields the query selects.
 */
@QuarkusTest
@WithTestResource(WireMockBackends.class)
@WithTestResource(TestIssuer.class)
class ConcurrentCallsTest {
    /** Under the test profile's 500 ms timeout of tasking and enforcement. */
    static final int DELAY_MS = 350;
    static final String PAGE = "{\"items\":[%s],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}";
    static final String TASK = "{\"id\":\"t-1\",\"status\":\"PLANNED\",\"reportIds\":[\"r-1\"],\"officerIds\":[\"o-1\"]}";
    static final String OFFICER = "{\"id\":\"o-1\",\"staffNumber\":\"PC-1\",\"name\":\"Olu\",\"organisation\":\"MET\"}";

    @InjectWireMock
    WireMockServer backends;

    @BeforeEach
    void reset() {
        backends.resetAll();
    }

    static ValidatableResponse graphql(String token, String reason, String query) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("query", query));
        if (reason != null) {
            request.header("X-Access-Reason", reason);
        }
        return request.when().post("/graphql").then().log().ifValidationFails().statusCode(200);
    }

    /** The spread of the arrival times of the calls: under DELAY_MS means none waited for another's answer. */
    long arrivalSpreadMs(List<String> paths) {
        List<Long> arrivals = paths.stream().map(path -> {
            List<LoggedRequest> calls = backends.findAll(getRequestedFor(urlPathEqualTo(path)));
            assertEquals(1, calls.size(), "calls to " + path);
            return calls.get(0).getLoggedDate().getTime();
        }).toList();
        return arrivals.stream().mapToLong(Long::longValue).max().orElseThrow()
                - arrivals.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    @Test
    void independent_root_fields_call_their_services_at_once() {
        backends.stubFor(get(urlPathEqualTo("/api/reports/r-1")).willReturn(okJson(PactQueriesTest.REPORT
                .formatted("")).withFixedDelay(DELAY_MS)));
        backends.stubFor(get(urlPathEqualTo("/api/v1/pspos")).willReturn(okJson("[]").withFixedDelay(DELAY_MS)));
        backends.stubFor(get(urlPathEqualTo("/api/tasks")).willReturn(okJson(PAGE.formatted(TASK))
                .withFixedDelay(DELAY_MS)));
        backends.stubFor(get(urlPathEqualTo("/api/officers")).willReturn(okJson(PAGE.formatted(OFFICER))
                .withFixedDelay(DELAY_MS)));
        String query = "{ report(id: \"r-1\") { id } pspos { id } tasks { totalCount } officers { totalCount } }";
        String token = TestIssuer.token("tom", "tasking-coordinator");
        graphql(token, null, query).body("errors", nullValue()); // warm the connections
        backends.resetRequests();

        graphql(token, null, query).body("errors", nullValue());

        long spread = arrivalSpreadMs(List.of("/api/reports/r-1", "/api/v1/pspos", "/api/tasks", "/api/officers"));
        assertTrue(spread < DELAY_MS, "the four calls arrived over " + spread + " ms, so some waited for another");
    }

    @Test
    void the_linked_fields_of_one_level_call_their_services_at_once() {
        backends.stubFor(get(urlPathEqualTo("/api/tasks")).willReturn(okJson(PAGE.formatted(TASK))));
        backends.stubFor(get(urlPathEqualTo("/api/reports/bulk")).willReturn(okJson("[{\"id\":\"r-1\"}]")
                .withFixedDelay(DELAY_MS)));
        backends.stubFor(get(urlPathEqualTo("/api/v1/notices/by-task")).willReturn(okJson("[]")
                .withFixedDelay(DELAY_MS)));
        backends.stubFor(get(urlPathEqualTo("/api/officers")).willReturn(okJson(PAGE.formatted(OFFICER))
                .withFixedDelay(DELAY_MS)));
        String query = "{ tasks { edges { node { id reports { id } notices { id } officers { id } } } } }";
        String token = TestIssuer.token("pc", "police-officer");
        graphql(token, null, query).body("errors", nullValue());
        backends.resetRequests();

        graphql(token, null, query).body("errors", nullValue())
                .body("data.tasks.edges[0].node.officers[0].id", org.hamcrest.Matchers.equalTo("o-1"));

        long spread = arrivalSpreadMs(List.of("/api/reports/bulk", "/api/v1/notices/by-task", "/api/officers"));
        assertTrue(spread < DELAY_MS, "the three linked calls arrived over " + spread + " ms");
    }

    @Test
    void the_reason_goes_only_with_calls_whose_personal_fields_are_selected() {
        backends.stubFor(get(urlPathEqualTo("/api/reports/r-1")).willReturn(okJson(PactQueriesTest.REPORT
                .formatted(",\"personalData\":{\"victim\":{\"name\":\"Victor\"}}"))));
        String officer = TestIssuer.token("olivia", "council-officer");

        graphql(officer, "call back", "{ report(id: \"r-1\") { id category } }").body("errors", nullValue());
        backends.verify(1, getRequestedFor(urlPathEqualTo("/api/reports/r-1")).withoutHeader("X-Access-Reason"));

        backends.resetRequests();
        graphql(officer, "call back", "{ report(id: \"r-1\") { id personalData { victim { name } } } }")
                .body("errors", nullValue())
                .body("data.report.personalData.victim.name", org.hamcrest.Matchers.equalTo("Victor"));
        backends.verify(1, getRequestedFor(urlPathEqualTo("/api/reports/r-1"))
                .withHeader("X-Access-Reason", equalTo("call back")));
    }

    @Test
    void a_task_query_without_personal_fields_sends_no_reason_to_its_linked_calls() {
        backends.stubFor(get(urlPathEqualTo("/api/tasks")).willReturn(okJson(PAGE.formatted(TASK))));
        backends.stubFor(get(urlPathEqualTo("/api/reports/bulk")).willReturn(okJson("[{\"id\":\"r-1\"}]")));
        backends.stubFor(get(urlPathEqualTo("/api/v1/notices/by-task")).willReturn(okJson("[]")));
        String officer = TestIssuer.token("pc", "police-officer");

        graphql(officer, "tasking meeting", "{ tasks { edges { node { id reports { id category } "
                + "notices { id type } } } } }").body("errors", nullValue());
        backends.verify(1, getRequestedFor(urlPathEqualTo("/api/reports/bulk")).withoutHeader("X-Access-Reason"));
        backends.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/notices/by-task"))
                .withoutHeader("X-Access-Reason"));

        backends.resetRequests();
        graphql(officer, "tasking meeting", "{ tasks { edges { node { id reports { id personalData { victim { name } } } "
                + "notices { id subject { name } } } } } }");
        backends.verify(1, getRequestedFor(urlPathEqualTo("/api/reports/bulk"))
                .withHeader("X-Access-Reason", equalTo("tasking meeting")));
        backends.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/notices/by-task"))
                .withHeader("X-Access-Reason", equalTo("tasking meeting")));
        // and the tasks themselves hold no personal data: their call never carries it
        backends.verify(0, getRequestedFor(urlPathEqualTo("/api/tasks")).withHeader("X-Access-Reason",
                com.github.tomakehurst.wiremock.client.WireMock.matching(".*")));
    }

    @Test
    void a_linked_field_the_role_may_not_read_is_refused_by_name_and_the_rest_answered() {
        backends.stubFor(get(urlPathEqualTo("/api/tasks")).willReturn(okJson(PAGE.formatted(TASK))));
        backends.stubFor(get(urlPathEqualTo("/api/reports/bulk")).willReturn(okJson("[{\"id\":\"r-1\"}]")));
        graphql(TestIssuer.token("tom", "tasking-coordinator"), null,
                "{ tasks { edges { node { id reports { id } notices { id } } } } }")
                .body("data.tasks.edges[0].node.reports[0].id", org.hamcrest.Matchers.equalTo("r-1"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("Forbidden: 'Task.notices'"))
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("forbidden"));
        backends.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/notices/by-task")));
    }

    @Test
    void a_read_whose_whole_answer_is_personal_always_carries_the_reason() {
        backends.stubFor(get(urlPathEqualTo("/api/v1/notices/n-1/payments")).willReturn(okJson("[]")));
        graphql(TestIssuer.token("eve", "enforcement-admin"), "casework", "{ noticePayments(noticeId: \"n-1\") { amount } }")
                .body("errors", nullValue());
        backends.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/notices/n-1/payments"))
                .withHeader("X-Access-Reason", equalTo("casework")));
    }
}
