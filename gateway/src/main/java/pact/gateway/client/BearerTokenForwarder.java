package pact.gateway.client;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Sends the verified caller's own access token on every backend call (the service clients and the
 * board's REST clients), so each service
 * checks the caller's roles itself. (Quarkus's token-propagation extension does not
 * resolve at this version; this is the few lines it would have provided.) The caller's
 * X-Access-Reason is not sent here but per call, only where the query selects personal data
 * ({@code graphql.PersonalFields}).
 */
@ApplicationScoped
public class BearerTokenForwarder implements ClientHeadersFactory {

    public static final String ACCESS_REASON = "X-Access-Reason";

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest currentRequest;

    /** The caller's X-Access-Reason (why they need personal data), or null when they gave none. */
    public String callerAccessReason() {
        String reason = currentRequest.getCurrent() == null ? null
                : currentRequest.getCurrent().request().getHeader(ACCESS_REASON);
        return reason == null || reason.isBlank() ? null : reason;
    }

    /** The Authorization header that carries the verified caller's token, or null when there is none. */
    public String authorization() {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        return token == null ? null : "Bearer " + token.getToken();
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        String authorization = authorization();
        if (authorization != null) {
            headers.putSingle(HttpHeaders.AUTHORIZATION, authorization);
        }
        return headers;
    }
}
