package pact.reports.feeds;

import io.quarkus.oidc.client.OidcClients;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * reports-service's own access token (client credentials of the realm client {@code reports-service},
 * role pact-service), with which it reads the other services' change feeds. Kept until it expires.
 */
@ApplicationScoped
public class ServiceToken {
    /** An Instance, so that a build without the OIDC client (the tests) still deploys. */
    @Inject
    Instance<OidcClients> clients;

    private Tokens tokens;

    public synchronized String bearer() {
        if (tokens == null || tokens.isAccessTokenExpired() || tokens.isAccessTokenWithinRefreshInterval()) {
            tokens = clients.get().getClient().getTokens().await().atMost(Duration.ofSeconds(15));
        }
        return tokens.getAccessToken();
    }
}
