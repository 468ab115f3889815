package pact.reports;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import pact.support.security.VerifiedTokens;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

/**
 * A service remembers the tokens it verified in full (the gateway passes the caller's token on every
 * call) and nothing else changes: forged tokens are refused, expiry still ends a token, and a
 * remembered identity keeps its own roles and name. The gateway's test tries the same through GraphQL.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class VerifiedTokensTest {
    @Inject
    VerifiedTokens tokens;

    static ValidatableResponse list(String token) {
        return given().auth().oauth2(token).when().get("/api/reports?size=1").then();
    }

    @Test
    void a_token_verified_once_is_answered_from_memory_and_a_forged_one_is_refused() {
        String token = TestIssuer.token("olga", "council-officer");
        list(token).statusCode(200);
        long before = tokens.hits();
        list(token).statusCode(200);
        list(token).statusCode(200);
        assertEquals(before + 2, tokens.hits());

        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("olga", "someone-else");
        list(parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]).statusCode(401);
    }

    @Test
    void an_expired_token_is_refused_though_it_was_remembered() throws InterruptedException {
        String token = TestIssuer.tokenExpiringIn(2, "olga", "council-officer");
        list(token).statusCode(200);
        list(token).statusCode(200);
        Thread.sleep(3_000);
        list(token).statusCode(401);
    }

    @Test
    void a_remembered_identity_keeps_its_roles_and_its_name() {
        String partner = TestIssuer.token("pam-" + System.nanoTime(), "partner");
        long before = tokens.hits();
        for (int i = 0; i < 2; i++) {
            // a partner sees only the reports it sent (none yet), and may not read imports
            list(partner).statusCode(200).body("totalItems", org.hamcrest.Matchers.equalTo(0));
            given().auth().oauth2(partner).when().get("/api/imports/" + java.util.UUID.randomUUID())
                    .then().statusCode(403);
        }
        assertTrue(tokens.hits() >= before + 3, "the later requests used the remembered identity");
    }
}
