package pact.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pact.testsupport.InjectWireMock;
import pact.testsupport.TestIssuer;

/** One backend down, slow or talking nonsense: the gateway answers with the rest, names the culprit, never hangs. */
@QuarkusTest
@WithTestResource(WireMockBackends.class)
@WithTestResource(TestIssuer.class)
class FailureTest {
    static final String TOKEN = TestIssuer.token("pc", "police-officer", "council-officer", "enforcement-admin");
    static final String REPORTS = "{\"items\":[],\"page\":0,\"size\":20,\"totalItems\":3,\"totalPages\":1}";
    static final String OFFICERS = "{\"items\":[],\"page\":0,\"size\":20,\"totalItems\":18,\"totalPages\":1}";

    @InjectWireMock
    WireMockServer backends;

    @BeforeEach
    void reset() {
        backends.resetAll();
        backends.stubFor(get(urlPathEqualTo("/api/reports")).willReturn(okJson(REPORTS)));
    }

    static ValidatableResponse query(String query) {
        return given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(Map.of("query", query))
                .when().post("/graphql").then().log().ifValidationFails().statusCode(200);
    }

    @Test
    void a_backend_that_is_down_leaves_the_other_fields_answered() {
        backends.stubFor(get(urlPathEqualTo("/api/notices"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        query("{ reports { totalCount } notices { totalCount } }")
                .body("data.reports.totalCount", equalTo(3))
                .body("data.notices", nullValue())
                .body("errors[0].message", containsString("enforcement-service is unavailable"))
                .body("errors[0].extensions.code", equalTo("backend-failure"));
    }

    @Test
    void a_slow_backend_times_out_without_holding_up_the_answer() {
        backends.stubFor(get(urlPathEqualTo("/api/notices")).willReturn(okJson(REPORTS).withFixedDelay(3000)));
        long start = System.nanoTime();
        query("{ reports { totalCount } notices { totalCount } }")
                .body("data.reports.totalCount", equalTo(3))
                .body("errors[0].message", containsString("enforcement-service did not answer in time"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        // three attempts of 500 ms at most; without the timeout, three attempts would take 9 s
        assertTrue(millis < 4500, "answered after " + millis + " ms");
    }

    @Test
    void a_backend_answering_garbage_is_named_and_the_rest_answered() {
        backends.stubFor(get(urlPathEqualTo("/api/case-reviews")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("<html>oops</html>")));
        query("{ reports { totalCount } caseReviews { id } }")
                .body("data.reports.totalCount", equalTo(3))
                .body("errors[0].message", containsString("reports-service answered with something unreadable"));
    }

    @Test
    void the_circuit_opens_on_a_failing_backend_and_closes_when_it_recovers() throws InterruptedException {
        backends.stubFor(get(urlPathEqualTo("/api/officers")).willReturn(aResponse().withStatus(503)));
        String message = "";
        for (int i = 0; i < 6 && !message.contains("paused"); i++) {
            message = query("{ officers { totalCount } }").extract().path("errors[0].message");
        }
        assertTrue(message.contains("tasking-service is failing; calls to it are paused"), message);

        backends.stubFor(get(urlPathEqualTo("/api/officers")).willReturn(okJson(OFFICERS)));
        Thread.sleep(1200); // the test profile's breaker delay is 1 s
        query("{ officers { totalCount } }").body("errors", nullValue()).body("data.officers.totalCount", equalTo(18));
    }
}
