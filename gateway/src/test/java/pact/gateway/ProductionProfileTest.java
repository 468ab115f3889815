package pact.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pact.testsupport.TestIssuer;

/** In the production profile there is no GraphQL UI and no introspection. */
@QuarkusTest
@TestProfile(ProductionProfileTest.Production.class)
@WithTestResource(TestIssuer.class)
class ProductionProfileTest {

    /** Runs the gateway with the prod profile's settings. */
    public static class Production implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }
    }

    @Test
    void the_graphql_ui_is_off() {
        given().when().get("/q/graphql-ui/").then().statusCode(404);
    }

    @Test
    void introspection_is_off() {
        given().auth().oauth2(TestIssuer.token("ann", "analyst")).contentType(ContentType.JSON)
                .body(Map.of("query", "{ __schema { types { name } } }"))
                .when().post("/graphql").then().statusCode(200).body("errors", notNullValue());
    }
}
