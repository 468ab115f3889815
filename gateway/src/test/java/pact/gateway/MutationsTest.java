package pact.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pact.testsupport.TestIssuer;

@QuarkusTest
@WithTestResource(WireMockBackends.class)
@WithTestResource(TestIssuer.class)
class MutationsTest {
    static final String REPORT = """
            mutation { report(report: {qualifier: "NUISANCE", category: "NOISE", description: "Party",
              location: {lat: 51.51, lon: -0.13}, occurredAt: "2026-06-01T23:00:00Z", source: "CITY_INSPECTOR"})
              { id status } }""";

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
    void a_report_goes_to_the_service_with_the_callers_token() {
        String token = TestIssuer.token("ian", "city-inspector");
        backends.stubFor(post(urlPathEqualTo("/api/reports")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"r-1\",\"status\":\"NEW\"}")));
        graphql(token, REPORT).body("errors", nullValue()).body("data.report.status", org.hamcrest.Matchers.equalTo("NEW"));
        backends.verify(1, postRequestedFor(urlPathEqualTo("/api/reports"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withRequestBody(matchingJsonPath("$.location.lat", equalTo("51.51"))));
    }

    @Test
    void the_services_field_errors_come_back_in_the_graphql_error() {
        backends.stubFor(post(urlPathEqualTo("/api/reports")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":400,\"title\":\"Invalid request\",\"errors\":[{\"field\":\"location\","
                        + "\"message\":\"is outside the City of Westminster\"}]}")));
        graphql(TestIssuer.token("ian", "city-inspector"), REPORT)
                .body("errors[0].message", containsString("location is outside the City of Westminster"))
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("backend-refused"));
    }

    @Test
    void a_failed_create_is_never_retried_so_nothing_is_stored_twice() {
        backends.stubFor(post(urlPathEqualTo("/api/reports"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        graphql(TestIssuer.token("ian", "city-inspector"), REPORT)
                .body("errors[0].message", containsString("reports-service is unavailable"));
        backends.verify(1, postRequestedFor(urlPathEqualTo("/api/reports")));
    }

    @Test
    void triage_sends_the_reason_and_the_expected_version() {
        backends.stubFor(post(urlPathEqualTo("/api/reports/r-1/status")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"r-1\",\"status\":\"TRIAGED\"}")));
        graphql(TestIssuer.token("olivia", "council-officer"), """
                mutation { triage(reportId: "r-1", change: {status: "TRIAGED", reason: "repeat location"},
                  expectedVersion: 3) { status } }""")
                .body("data.triage.status", org.hamcrest.Matchers.equalTo("TRIAGED"));
        backends.verify(postRequestedFor(urlPathEqualTo("/api/reports/r-1/status"))
                .withHeader("If-Match", equalTo("\"3\""))
                .withRequestBody(matchingJsonPath("$.reason", equalTo("repeat location"))));
        graphql(TestIssuer.token("ann", "analyst"), """
                mutation { triage(reportId: "r-1", change: {status: "TRIAGED", reason: "x"}) { status } }""")
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("forbidden"));
    }
}
