package pact.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pact.testsupport.InjectWireMock;
import pact.testsupport.TestIssuer;

/**
 * In the production profile there is no GraphQL UI, no introspection and no schema download, the
 * parser's token limit holds, and health and metrics are served on the management port only.
 */
@QuarkusTest
@TestProfile(ProductionProfileTest.Production.class)
@WithTestResource(WireMockBackends.class)
@WithTestResource(TestIssuer.class)
class ProductionProfileTest {

    /** Runs the gateway with the prod profile's settings. */
    public static class Production implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }
    }

    @InjectWireMock
    WireMockServer backends;

    @BeforeEach
    void reset() {
        backends.resetAll();
    }

    @Test
    void the_graphql_ui_is_off() {
        given().when().get("/q/graphql-ui/").then().statusCode(404);
    }

    @Test
    void the_schema_cannot_be_downloaded() {
        given().auth().oauth2(TestIssuer.token("ann", "analyst"))
                .when().get("/graphql/schema.graphql").then().statusCode(404);
    }

    @Test
    void introspection_is_off() {
        given().auth().oauth2(TestIssuer.token("ann", "analyst")).contentType(ContentType.JSON)
                .body(Map.of("query", "{ __schema { types { name } } }"))
                .when().post("/graphql").then().statusCode(200).body("errors", notNullValue());
    }

    @Test
    void a_query_of_4400_tokens_is_refused_by_the_parser_before_any_backend_call() {
        String token = TestIssuer.token("ann", "analyst");
        // { report ( id : "r-1" ) { id ... } } is 10 tokens besides the ids
        String query = "{ report(id: \"r-1\") { " + "id ".repeat(4390) + "} }";
        PactQueriesTest.graphql(token, query)
                .body("data", nullValue())
                .body("errors[0].message", containsString("more than 4000 tokens"))
                .body("errors[0].extensions.code", equalTo("query-too-long"));
        assertEquals(0, backends.findAll(anyRequestedFor(anyUrl())).size());

        given().auth().oauth2(token).contentType("application/graphql").body(query.getBytes(StandardCharsets.UTF_8))
                .when().post("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", equalTo("query-too-long"));
        assertEquals(0, backends.findAll(anyRequestedFor(anyUrl())).size());
    }

    @Test
    void a_normal_query_is_answered_with_the_security_headers_and_hsts() {
        backends.stubFor(get(urlPathEqualTo("/api/reports/r-1")).willReturn(okJson(PactQueriesTest.REPORT.formatted(""))));
        PactQueriesTest.graphql(TestIssuer.token("ann", "analyst"), "{ report(id: \"r-1\") { id category } }")
                .body("errors", nullValue())
                .body("data.report.category", equalTo("STREET_DRINKING"))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .header("Strict-Transport-Security", containsString("max-age="));
    }

    @Test
    void health_metrics_and_openapi_are_not_on_the_api_port() {
        for (String path : List.of("/q/health/ready", "/q/health/live", "/q/metrics", "/q/openapi")) {
            given().when().get(path).then().statusCode(404);
        }
    }
}
