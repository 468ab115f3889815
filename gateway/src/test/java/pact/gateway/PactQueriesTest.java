package pact.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
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
class PactQueriesTest {

    @InjectWireMock
    WireMockServer backends;

    static final String REPORT_PAGE = """
            {"items":[{"id":"7f1c0f7e-2b8e-4a52-a8f3-2f1a3c4d5e6f","qualifier":"NUISANCE",
              "category":"STREET_DRINKING","description":"Drinking by the fountain",
              "location":{"lat":51.51,"lon":-0.134},"occurredAt":"2026-06-01T21:30:00Z",
              "reportedAt":"2026-06-01T21:35:00Z","source":"CITY_INSPECTOR","status":"NEW"}],
             "page":0,"size":20,"totalItems":1,"totalPages":1}""";

    @BeforeEach
    void reset() {
        backends.resetAll();
    }

    static ValidatableResponse graphql(String token, String query) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("query", query))
                .log().ifValidationFails()
                .when().post("/graphql")
                .then().log().ifValidationFails().statusCode(200);
    }

    @Test
    void the_callers_token_reaches_the_service() {
        String token = TestIssuer.token("olivia", "council-officer");
        backends.stubFor(get(urlPathEqualTo("/api/reports"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(okJson(REPORT_PAGE)));

        graphql(token, "{ reports(size: 20) { totalItems items { id category location { lat } } } }")
                .body("errors", nullValue())
                .body("data.reports.items[0].category", org.hamcrest.Matchers.equalTo("STREET_DRINKING"))
                .body("data.reports.totalItems", org.hamcrest.Matchers.equalTo(1));

        backends.verify(1, getRequestedFor(urlPathEqualTo("/api/reports"))
                .withHeader("Authorization", equalTo("Bearer " + token)));
    }

    @Test
    void a_role_the_gateway_refuses_is_a_clear_graphql_error_and_no_backend_call() {
        graphql(TestIssuer.token("ann", "analyst"), "{ notices { totalItems } }")
                .body("errors[0].message", containsString("'notices' needs one of the roles"))
                .body("errors[0].message", not(containsString("System error")))
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("forbidden"))
                .body("data.notices", nullValue());
        backends.verify(0, getRequestedFor(urlPathEqualTo("/api/notices")));
    }

    @Test
    void a_backend_403_is_a_clear_graphql_error_naming_the_service() {
        backends.stubFor(get(urlPathEqualTo("/api/officers")).willReturn(aResponse().withStatus(403)));
        graphql(TestIssuer.token("pc", "police-officer"), "{ officers { totalItems } }")
                .body("errors[0].message", containsString("tasking-service refused the caller"))
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("backend-failure"));
    }

    @Test
    void no_token_is_401() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ reports { totalItems } }"))
                .when().post("/graphql").then().statusCode(401);
    }

    @Test
    void a_down_backend_leaves_the_other_fields_answered() {
        String token = TestIssuer.token("pc", "police-officer", "council-officer");
        backends.stubFor(get(urlPathEqualTo("/api/reports")).willReturn(okJson(REPORT_PAGE)));
        backends.stubFor(get(urlPathEqualTo("/api/officers"))
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        graphql(token, "{ reports { totalItems } officers { totalItems } }")
                .body("data.reports.totalItems", org.hamcrest.Matchers.equalTo(1))
                .body("data.officers", nullValue())
                .body("errors[0].message", containsString("tasking-service"));
    }
}
