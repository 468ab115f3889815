package pact.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.List;
import java.util.Map;

/**
 * A token issuer for tests: tokens signed with a test-only RSA key, shaped like the
 * `pact` realm's (roles in {@code realm_access.roles}, audience {@code pact-api}). The
 * service under test verifies them with the matching public key, so the real OIDC
 * verification path runs; only the provider (Keycloak) is replaced, and the end-to-end
 * test in local-stack covers the real one.
 */
public class TestIssuer implements QuarkusTestResourceLifecycleManager {
    public static final String ISSUER = "https://pact-test-issuer";
    public static final String AUDIENCE = "pact-api";
    private static final PrivateKey PRIVATE_KEY = loadPrivateKey();

    @Override
    public Map<String, String> start() {
        // An empty auth-server-url unsets it, so that the public key is used instead of discovery.
        return Map.of(
                "quarkus.oidc.auth-server-url", "",
                "quarkus.oidc.public-key", stripPem(read("pact-test-issuer/public-key.pem")),
                "quarkus.oidc.token.issuer", ISSUER);
    }

    @Override
    public void stop() {
    }

    /** A bearer token for a user holding the given realm roles. */
    public static String token(String user, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject(user + "-id")
                .preferredUserName(user)
                .audience(AUDIENCE)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(600)
                .jws().keyId("pact-test")
                .sign(PRIVATE_KEY);
    }

    /** A bearer token for an officer's login: the realm adds the linked officer's staff number as {@code staff_number}. */
    public static String officerToken(String user, String staffNumber, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject(user + "-id")
                .preferredUserName(user)
                .audience(AUDIENCE)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .claim("staff_number", staffNumber)
                .claim("azp", "council-portal")
                .expiresIn(600)
                .jws().keyId("pact-test")
                .sign(PRIVATE_KEY);
    }

    /** A bearer token, as {@link #token}, that expires {@code seconds} from now. */
    public static String tokenExpiringIn(long seconds, String user, String... roles) {
        return Jwt.issuer(ISSUER).subject(user + "-id").preferredUserName(user).audience(AUDIENCE)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresAt(System.currentTimeMillis() / 1000 + seconds)
                .jws().keyId("pact-test").sign(PRIVATE_KEY);
    }

    /** A token the services must refuse: right shape and audience, but it expired an hour ago. */
    public static String expiredToken(String user, String... roles) {
        long anHourAgo = System.currentTimeMillis() / 1000 - 3600;
        return Jwt.issuer(ISSUER).subject(user + "-id").preferredUserName(user).audience(AUDIENCE)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .issuedAt(anHourAgo - 600).expiresAt(anHourAgo)
                .jws().keyId("pact-test").sign(PRIVATE_KEY);
    }

    /** A token the services must refuse: right shape, wrong audience. */
    public static String tokenForOtherAudience(String user, String... roles) {
        return Jwt.issuer(ISSUER).subject(user + "-id").preferredUserName(user).audience("another-api")
                .claim("realm_access", Map.of("roles", List.of(roles))).expiresIn(600)
                .jws().keyId("pact-test").sign(PRIVATE_KEY);
    }

    private static PrivateKey loadPrivateKey() {
        try {
            return KeyUtils.decodePrivateKey(read("pact-test-issuer/private-key.pem"));
        } catch (Exception e) {
            throw new IllegalStateException("Test issuer key unreadable", e);
        }
    }

    private static String stripPem(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    private static String read(String resource) {
        try (InputStream in = TestIssuer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
