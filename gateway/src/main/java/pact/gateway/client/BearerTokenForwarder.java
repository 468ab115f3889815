package pact.gateway.client;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Sends the verified caller's own access token on every backend call, so each service
 * checks the caller's roles itself. (Quarkus's token-propagation extension does not
 * resolve at this version; this is the few lines it would have provided.)
 */
@ApplicationScoped
public class BearerTokenForwarder implements ClientHeadersFactory {

    static final String ACCESS_REASON = "X-Access-Reason";

    @Inject
    SecurityIdentity identity;

    @Inject
    io.quarkus.vertx.http.runtime.CurrentVertxRequest currentRequest;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token != null) {
            headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken());
        }
        // why the caller needs personal data: the services log it with every such read
        String reason = currentRequest.getCurrent() == null ? null
                : currentRequest.getCurrent().request().getHeader(ACCESS_REASON);
        if (reason != null && !reason.isBlank()) {
            headers.putSingle(ACCESS_REASON, reason);
        }
        return headers;
    }
}
