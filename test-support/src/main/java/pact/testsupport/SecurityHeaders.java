package pact.testsupport;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;

/** The security headers every PACT app puts on every response (quarkus.http.header.* settings). */
public final class SecurityHeaders {
    private SecurityHeaders() {
    }

    /** Asserts that an answer carries them, and that it may not be cached. */
    public static ValidatableResponse present(ValidatableResponse response) {
        return response.header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Cache-Control", equalTo("no-store"));
    }
}
