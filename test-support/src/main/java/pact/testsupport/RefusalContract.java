package pact.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * What every PACT API answers a caller it does not know: 401 with a problem+json body saying why,
 * and the {@code WWW-Authenticate: Bearer} challenge. A service's test extends this (or
 * {@link RoleRefusalContract}) and names one request that needs a login.
 */
public abstract class RefusalContract {

    /** Sends the request that needs a login, such as {@code request.get("/api/reports")}. */
    protected abstract Response send(RequestSpecification request);

    @Test
    void no_token_is_401_with_a_problem_body_and_the_bearer_challenge() {
        assertUnauthorized(send(given().contentType(ContentType.JSON).log().ifValidationFails()));
    }

    @Test
    void a_token_for_another_audience_is_401_with_a_problem_body_and_the_bearer_challenge() {
        assertUnauthorized(send(given().auth().oauth2(TestIssuer.tokenForOtherAudience("olivia", ALL_ROLES))
                .contentType(ContentType.JSON).log().ifValidationFails()));
    }

    @Test
    void an_expired_token_is_401_with_a_problem_body_and_the_bearer_challenge() {
        assertUnauthorized(send(given().auth().oauth2(TestIssuer.expiredToken("olivia", ALL_ROLES))
                .contentType(ContentType.JSON).log().ifValidationFails()));
    }

    @Test
    void a_token_that_is_not_a_jwt_is_401_with_a_problem_body_and_the_bearer_challenge() {
        assertUnauthorized(send(given().auth().oauth2("not-a-token").contentType(ContentType.JSON)
                .log().ifValidationFails()));
    }

    /** A 401 whose body says, as RFC 9457 problem details, that a valid bearer token is needed. */
    public static ValidatableResponse assertUnauthorized(Response response) {
        return assertProblem(response, 401, "Unauthorized")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    /** A refusal with a problem+json body: type, title, status and a detail a person can read. */
    public static ValidatableResponse assertProblem(Response response, int status, String title) {
        return response.then().log().ifValidationFails()
                .statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("type", not(emptyOrNullString()))
                .body("title", equalTo(title))
                .body("status", equalTo(status))
                .body("detail", not(emptyOrNullString()));
    }

    /** Every realm role, so that only the token's fault can explain a refusal. */
    static final String[] ALL_ROLES = {"council-officer", "city-inspector", "police-officer", "tasking-coordinator",
        "analyst", "enforcement-admin", "partner", "met-system"};
}
