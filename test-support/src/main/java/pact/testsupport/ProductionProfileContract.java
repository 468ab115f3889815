package pact.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The production build serves health, metrics and OpenAPI on the management port only, and no
 * Swagger UI; its answers carry HSTS besides the security headers. A subclass runs with
 * {@code @TestProfile(ProductionProfileContract.Production.class)}.
 */
public abstract class ProductionProfileContract implements ServiceRead {

    /** Runs the service with the prod profile's settings. */
    public static class Production implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }
    }

    @Test
    void management_endpoints_and_the_swagger_ui_are_not_on_the_api_port() {
        for (String path : List.of("/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/")) {
            given().when().get(path).then().statusCode(404);
        }
    }

    @Test
    void api_answers_carry_hsts_besides_the_security_headers() {
        SecurityHeaders.present(given().auth().oauth2(readerToken()).when().get(readablePath()).then().statusCode(200))
                .header("Strict-Transport-Security", containsString("max-age="));
    }
}
