package pact.reports;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.SecurityHeaders;
import pact.testsupport.TestIssuer;

/** Every answer of the reports API carries the security headers and may not be cached. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class SecurityHeadersTest {

    @Test
    void an_api_answer_carries_the_security_headers() {
        SecurityHeaders.present(given().auth().oauth2(TestIssuer.token("sam", "analyst"))
                .when().get("/api/reports").then().statusCode(200));
    }

    @Test
    void a_refusal_carries_them_too() {
        SecurityHeaders.present(given().when().get("/api/reports").then().statusCode(401));
    }
}
