package pact.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** REST Assured requests as a user of the test issuer; logs the exchange when an assertion fails. */
public final class Api {
    private Api() {
    }

    public static RequestSpecification as(String user, String... roles) {
        return given().auth().oauth2(TestIssuer.token(user, roles))
                .contentType(ContentType.JSON)
                .log().ifValidationFails();
    }

    /** As an officer whose login is linked to the officer with this staff number. */
    public static RequestSpecification asOfficer(String user, String staffNumber, String... roles) {
        return given().auth().oauth2(TestIssuer.officerToken(user, staffNumber, roles))
                .contentType(ContentType.JSON)
                .log().ifValidationFails();
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).log().ifValidationFails();
    }
}
