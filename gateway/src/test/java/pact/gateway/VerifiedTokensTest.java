package pact.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pact.support.security.VerifiedTokens;
import pact.testsupport.TestIssuer;

/**
 * A token verified in full is not verified again on the caller's next queries for a short while,
 * and nothing else about it changes: a token that differs in any character is verified in full
 * (and refused when forged), an expired token is refused though it was remembered, and the roles
 * of a remembered token are those it was verified with.
 */
@QuarkusTest
@WithTestResource(WireMockBackends.class)
@WithTestResource(TestIssuer.class)
class VerifiedTokensTest {
    static final String NO_BACKEND = "{ __typename }";

    @Inject
    VerifiedTokens tokens;

    static ValidatableResponse post(String token, String query) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("query", query))
                .when().post("/graphql").then();
    }

    @Test
    void a_verified_token_is_answered_from_memory_on_the_next_query() {
        String token = TestIssuer.token("pat", "police-officer");
        post(token, NO_BACKEND).statusCode(200).body("errors", nullValue());
        long before = tokens.hits();
        assertTrue(tokens.size() > 0, "remembered: " + tokens.size());

        post(token, NO_BACKEND).statusCode(200).body("errors", nullValue());
        post(token, NO_BACKEND).statusCode(200).body("errors", nullValue());

        assertEquals(before + 2, tokens.hits());
    }

    @Test
    void a_token_changed_in_any_character_is_verified_in_full_and_refused() {
        String token = TestIssuer.token("pat", "police-officer");
        post(token, NO_BACKEND).statusCode(200);
        String[] parts = token.split("\\.");

        // the remembered token with its signature altered
        String signature = parts[2];
        char last = signature.charAt(signature.length() - 2);
        String badSignature = signature.substring(0, signature.length() - 2) + (last == 'A' ? 'B' : 'A')
                + signature.charAt(signature.length() - 1);
        post(parts[0] + "." + parts[1] + "." + badSignature, NO_BACKEND).statusCode(401);

        // the remembered token's signature on claims that grant another role
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("police-officer", "enforcement-admin");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        post(forged, NO_BACKEND).statusCode(401);

        post(token, NO_BACKEND).statusCode(200).body("errors", nullValue());
    }

    @Test
    void an_expired_token_is_refused_though_it_was_remembered() throws InterruptedException {
        String token = TestIssuer.tokenExpiringIn(2, "pat", "police-officer");
        post(token, NO_BACKEND).statusCode(200).body("errors", nullValue());
        post(token, NO_BACKEND).statusCode(200).body("errors", nullValue());

        Thread.sleep(3_000);

        post(token, NO_BACKEND).statusCode(401);
    }

    @Test
    void a_remembered_token_carries_the_roles_it_was_verified_with() {
        String partner = TestIssuer.token("pam", "partner");
        for (int i = 0; i < 2; i++) {
            post(partner, "{ notices { totalCount } }").statusCode(200)
                    .body("errors[0].message", containsString("'notices' needs one of the roles"));
        }
        String admin = TestIssuer.token("ada", "enforcement-admin");
        long before = tokens.hits();
        for (int i = 0; i < 2; i++) {
            post(admin, "{ pspo(id: \"nowhere\") { id } }").statusCode(200)
                    .body("errors[0].message", org.hamcrest.Matchers.not(containsString("needs one of the roles")));
        }
        assertTrue(tokens.hits() > before, "the second query used the remembered identity");
        post(partner, "{ __typename }").statusCode(200).body("data.__typename", equalTo("Query"));
    }
}
