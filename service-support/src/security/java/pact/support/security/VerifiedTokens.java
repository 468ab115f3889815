package pact.support.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers, for a short while, the identities of bearer tokens verified in full here, so that a
 * caller's next requests with the same token skip the signature check and claim parsing. Under load
 * of one report by id (JFR) that check was about a sixth of the gateway's CPU samples and over a
 * third of reports-service's; the gateway sends each service the caller's token on every call.
 *
 * <p>Only a token already verified by the OIDC provider in full is remembered: the entry is made
 * after verification, and keyed by the SHA-256 digest of the exact token text, so a token that
 * differs in any character (another signature, a changed claim) is verified anew. An entry is
 * used only while the token is unexpired and for at most {@code pact.verified-token-cache.max-age}
 * (default 30 s) after it was verified; after that the token is verified in full again, which is
 * when a key the realm has withdrawn stops being accepted. {@code max-age=0} turns the cache off;
 * at most {@code max-entries} tokens are held.
 *
 * <p>The services and the gateway both compile this file (service-support/src/security/java is a
 * source root of each), as the gateway has no use for the rest of service-support.
 */
@ApplicationScoped
public class VerifiedTokens {
    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();
    /** Marks an identity answered from here, which need not be remembered again. */
    private static final String REMEMBERED = VerifiedTokens.class.getName();

    private final Map<ByteBuffer, Entry> entries = new ConcurrentHashMap<>();
    private final LongAdder hits = new LongAdder();

    @ConfigProperty(name = "pact.verified-token-cache.max-age", defaultValue = "30s")
    Duration maxAge;

    @ConfigProperty(name = "pact.verified-token-cache.max-entries", defaultValue = "10000")
    int maxEntries;

    /** A verified identity and the moment it may no longer be used (epoch milliseconds). */
    record Entry(SecurityIdentity identity, long usableUntil) {
    }

    /** Answers a token verified a moment ago, before the OIDC provider verifies whatever this does not answer. */
    @ApplicationScoped
    public static class Lookup implements IdentityProvider<TokenAuthenticationRequest> {
        @Inject
        VerifiedTokens tokens;

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        /** Ahead of every provider at the default priority, the OIDC provider's among them. */
        @Override
        public int priority() {
            return IdentityProvider.super.priority() + 1000;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
            SecurityIdentity known = request.getToken() instanceof AccessTokenCredential token
                    ? tokens.find(token.getToken(), HttpSecurityUtils.getRoutingContextAttribute(request)) : null;
            return known == null ? Uni.createFrom().nullItem() : Uni.createFrom().item(known);
        }
    }

    /** Runs last on every identity the providers made, and remembers the ones the OIDC provider verified. */
    @ApplicationScoped
    public static class Remember implements SecurityIdentityAugmentor {
        @Inject
        VerifiedTokens tokens;

        @Override
        public int priority() {
            return Integer.MIN_VALUE;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            tokens.remember(identity);
            return Uni.createFrom().item(identity);
        }
    }

    /** The identity verified for exactly this token, for this request, or null when none may be used. */
    SecurityIdentity find(String token, RoutingContext routing) {
        if (maxAge.isZero()) {
            return null;
        }
        ByteBuffer key = digest(token);
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (entry.usableUntil() <= System.currentTimeMillis()) {
            entries.remove(key, entry);
            return null;
        }
        hits.increment();
        return forThisRequest(entry.identity(), routing, true);
    }

    void remember(SecurityIdentity identity) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (maxAge.isZero() || token == null || identity.getAttribute(REMEMBERED) != null
                || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        long now = System.currentTimeMillis();
        long until = Math.min(jwt.getExpirationTime() * 1000, now + maxAge.toMillis());
        if (until <= now) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(old -> old.usableUntil() <= now);
            if (entries.size() >= maxEntries) {
                return; // full of live tokens: this one is verified in full each time
            }
        }
        entries.putIfAbsent(digest(token.getToken()), new Entry(forThisRequest(identity, null, false), until));
    }

    /** The identity with this request's own routing context in place of the one it was verified in. */
    private static SecurityIdentity forThisRequest(SecurityIdentity identity, RoutingContext routing, boolean remembered) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        builder.addAttribute(REMEMBERED, remembered ? Boolean.TRUE : null);
        builder.addAttribute(ROUTING_CONTEXT, routing);
        builder.addAttribute(REQUEST_CONTEXT, routing == null ? null : routing.get(REQUEST_CONTEXT));
        return builder.build();
    }

    private static ByteBuffer digest(String token) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** How many requests were answered from the cache since start. */
    public long hits() {
        return hits.sum();
    }

    /** How many tokens are held. */
    public int size() {
        return entries.size();
    }
}
