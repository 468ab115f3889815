package pact.reports;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

/**
 * With no trusted proxies configured (the default), the anonymous read limit counts by the
 * connection's address: a caller cannot escape it by writing a new X-Forwarded-For each time.
 * Its own profile keeps the low limit away from the other tests.
 */
@QuarkusTest
@TestProfile(Open311ForwardedForTest.FewReads.class)
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class Open311ForwardedForTest {

    /** Three anonymous reads a minute. */
    public static class FewReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pact.open311.reads-per-minute", "3");
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
}
