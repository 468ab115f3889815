package pact.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RefusalContract}, and a caller whose roles do not allow the request gets 403 with a
 * problem+json body naming the roles that would.
 */
public abstract class RoleRefusalContract extends RefusalContract {

    /** A role that may not make the request. */
    protected abstract String refusedRole();

    /** The roles that may make it, each of which the refusal names. */
    protected abstract List<String> allowedRoles();

    @Test
    void a_token_without_the_role_is_403_with_a_problem_body_naming_the_roles_that_may() {
        ValidatableResponse refused = assertProblem(send(given().auth().oauth2(TestIssuer.token("ann", refusedRole()))
                .contentType(ContentType.JSON).log().ifValidationFails()), 403, "Forbidden");
        for (String role : allowedRoles()) {
            refused.body("detail", containsString(role));
        }
    }
}
