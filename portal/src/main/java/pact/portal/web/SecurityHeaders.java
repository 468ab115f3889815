package pact.portal.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Security headers on every answer, pages and static files alike: a Content-Security-Policy with
 * no inline script, no framing, no referrer beyond the origin, and HSTS where the portal is TLS only.
 */
@ApplicationScoped
public class SecurityHeaders {
    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    URI loginServer;

    /** Where browsers sign in, when that is not the server's own address of Keycloak (in a cluster). */
    @ConfigProperty(name = "pact.portal.login-origin")
    Optional<String> loginOrigin;

    @ConfigProperty(name = "pact.portal.map-tiles")
    Optional<String> mapTiles;

    @ConfigProperty(name = "pact.portal.hsts")
    boolean hsts;

    void register(@Observes Filters filters) {
        String policy = contentSecurityPolicy();
        filters.register(rc -> {
            MultiMap headers = rc.response().headers();
            headers.set("Content-Security-Policy", policy);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            headers.set("Permissions-Policy", "geolocation=(self), camera=(), microphone=()");
            headers.set("Cross-Origin-Opener-Policy", "same-origin");
            if (hsts) {
                headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
            rc.next();
        }, 200);
    }

    /** Forms may go to the login server: an expired session's POST is redirected there to sign in again. */
    String contentSecurityPolicy() {
        String login = loginOrigin.filter(o -> !o.isBlank())
                .orElse(loginServer.getScheme() + "://" + loginServer.getAuthority());
        String tiles = mapTiles.filter(t -> !t.isBlank()).map(SecurityHeaders::origin).map(o -> " " + o).orElse("");
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" + tiles
                + "; font-src 'self'; connect-src 'self'; form-action 'self' " + login
                + "; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    }

    static String origin(String template) {
        URI uri = URI.create(template.replace("{", "").replace("}", ""));
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
