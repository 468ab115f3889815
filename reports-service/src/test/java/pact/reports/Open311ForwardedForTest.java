package pact.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

/**
 * Open311's read limit, and an Open311 with no jurisdiction configured. With no trusted proxies
 * configured (the default), the anonymous read limit counts by the connection's address: a caller
 * cannot escape it by writing a new X-Forwarded-For each time. Its own profile keeps the low limit
 * away from the other tests.
 */
@QuarkusTest
@TestProfile(Open311ForwardedForTest.FewReads.class)
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class Open311ForwardedForTest {

    /** Three reads a minute; no jurisdiction. */
    public static class FewReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pact.open311.reads-per-minute", "3", "pact.open311.jurisdiction-id", "");
        }
    }

    @Test
    void rotating_x_forwarded_for_does_not_escape_the_anonymous_read_limit() {
        for (int i = 1; i <= 3; i++) {
            given().header("X-Forwarded-For", "198.51.100." + i).when().get("/open311/v2/services.json")
                    .then().statusCode(200);
        }
        for (int i = 4; i <= 6; i++) {
            given().header("X-Forwarded-For", "198.51.100." + i + ", 10.0.0." + i)
                    .when().get("/open311/v2/services.json").then().statusCode(429);
        }
        given().when().get("/open311/v2/services.json").then().statusCode(429);
    }

    @Test
    void over_the_read_limit_an_xml_read_is_an_open311_429_in_xml_with_retry_after() {
        for (int i = 0; i < 3; i++) {
            given().when().get("/open311/v2/servicerequestupdates.xml?api_key=fms-reader-key").then().statusCode(200);
        }
        given().when().get("/open311/v2/servicerequestupdates.xml?api_key=fms-reader-key").then().statusCode(429)
                .contentType(containsString("xml"))
                .header("Retry-After", matchesPattern("[1-9][0-9]?"))
                .body("errors.error.code", equalTo("429"))
                .body("errors.error.description", containsString("at most 3 reads a minute"));
        given().when().get("/open311/v2/requests.json?api_key=fms-reader-key").then().statusCode(429)
                .contentType(containsString("json")).body("[0].code", equalTo(429));
    }

    @Test
    void without_a_configured_jurisdiction_any_jurisdiction_id_is_taken() {
        given().when().get("/open311/v2/services.xml?api_key=fms-other-key&jurisdiction_id=camden").then()
                .statusCode(200).body("services.service.service_code", hasItem("asb-noise"));
    }
}
