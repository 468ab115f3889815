package pact.gateway.http;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The plain HTTP 401s of the gateway carry a problem+json body, as the services' do, beside the
 * {@code WWW-Authenticate: Bearer} challenge. Quarkus answers them with an empty body: a request
 * to /graphql without a token (refused by the path permission, which ends the response itself),
 * and a token that fails verification (refused by proactive authentication, which lets failure
 * handlers write the body). A caller who is signed in but lacks a role gets a GraphQL error.
 */
@ApplicationScoped
public class SignInRefusals {
    static final String PROBLEM_JSON = "application/problem+json";
    static final String NO_TOKEN = "The GraphQL endpoint needs a bearer token from the pact realm in the "
            + "Authorization header";
    static final String TOKEN_REFUSED = "The bearer token was refused: it is expired, malformed, not signed by "
            + "the pact realm or not issued for this API";
    /** After authentication (order -200), before the path permission check (order -100). */
    static final int AFTER_AUTHENTICATION = -150;
    static final int EARLY = -1000;

    void install(@Observes Router router) {
        router.routeWithRegex("/graphql(/.*)?").order(AFTER_AUTHENTICATION).handler(SignInRefusals::requireSignIn);
        router.route().order(EARLY).failureHandler(SignInRefusals::tokenRefused);
    }

    static void requireSignIn(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            context.next();
            return;
        }
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            context.response().setStatusCode(401).putHeader("WWW-Authenticate", "Bearer");
            endWithProblem(context, NO_TOKEN);
            return;
        }
        authenticator.sendChallenge(context).subscribe().with(sent -> endWithProblem(context, NO_TOKEN),
                context::fail);
    }

    static void tokenRefused(RoutingContext context) {
        if (!(context.failure() instanceof AuthenticationFailedException)) {
            context.next();
            return;
        }
        HttpServerResponse response = context.response();
        if (!response.headWritten() && response.getStatusCode() != 401) {
            // the mechanism sent no challenge of its own
            response.setStatusCode(401).putHeader("WWW-Authenticate", "Bearer");
        }
        endWithProblem(context, TOKEN_REFUSED);
    }

    static void endWithProblem(RoutingContext context, String detail) {
        HttpServerResponse response = context.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        if (response.getStatusCode() != 401) {
            // the challenge chose another answer (a redirect, say): leave it as it is
            response.end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, PROBLEM_JSON)
                .end(new JsonObject().put("type", "about:blank").put("title", "Unauthorized").put("status", 401)
                        .put("detail", detail).put("instance", context.request().path()).encode());
    }
}
