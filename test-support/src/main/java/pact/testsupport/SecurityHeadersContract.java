package pact.testsupport;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

/** Every answer of the service, an answer or a refusal, carries the security headers and may not be cached. */
public abstract class SecurityHeadersContract implements ServiceRead {

    @Test
    void an_api_answer_carries_the_security_headers() {
        SecurityHeaders.present(given().auth().oauth2(readerToken()).when().get(readablePath()).then().statusCode(200));
    }

    @Test
    void a_refusal_carries_them_too() {
        SecurityHeaders.present(given().when().get(readablePath()).then().statusCode(401));
    }
}
