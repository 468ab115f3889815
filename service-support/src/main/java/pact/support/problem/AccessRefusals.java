package pact.support.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Refusals by the security layer (401 and 403) as problem+json, which Quarkus otherwise answers
 * with an empty body. A 401 keeps the authentication mechanism's challenge
 * ({@code WWW-Authenticate: Bearer}); a 403 names the roles that may make the request.
 * With proactive authentication, Quarkus REST hands a refused token to these mappers only
 * because a custom mapper for {@link AuthenticationFailedException} exists.
 */
public class AccessRefusals {
    static final String NO_TOKEN = "This request needs a bearer token from the pact realm in the "
            + "Authorization header";
    static final String TOKEN_REFUSED = "The bearer token was refused: it is expired, malformed, not signed by "
            + "the pact realm or not issued for this API";

    @ServerExceptionMapper(priority = 1)
    public Uni<Response> noToken(UnauthorizedException e, RoutingContext context, UriInfo uri) {
        return unauthorized(context, uri, NO_TOKEN);
    }

    @ServerExceptionMapper(priority = 1)
    public Uni<Response> tokenRefused(AuthenticationFailedException e, RoutingContext context, UriInfo uri) {
        // the mechanism may shape its challenge after the failure (as Quarkus's own mapper lets it)
        HttpSecurityUtils.addAuthenticationFailureToEvent(e, context);
        return unauthorized(context, uri, TOKEN_REFUSED);
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e, ResourceInfo resource, UriInfo uri) {
        return ProblemMappers.respond(Problem.of(403, "Forbidden", whoMay(resource)), uri);
    }

    private static Uni<Response> unauthorized(RoutingContext context, UriInfo uri, String detail) {
        Response problem = ProblemMappers.respond(Problem.of(401, "Unauthorized", detail), uri);
        HttpAuthenticator authenticator = context == null ? null : context.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            return Uni.createFrom().item(withBearerChallenge(problem));
        }
        return authenticator.getChallenge(context)
                .map(challenge -> {
                    if (challenge == null || challenge.getHeaders().isEmpty()) {
                        return withBearerChallenge(problem);
                    }
                    Response.ResponseBuilder answer = Response.fromResponse(problem);
                    challenge.getHeaders().forEach((name, value) -> answer.header(name.toString(), value));
                    return answer.build();
                })
                .onFailure().recoverWithItem(() -> withBearerChallenge(problem));
    }

    private static Response withBearerChallenge(Response problem) {
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** The roles the refused method (or its class) allows, read from its {@code @RolesAllowed}. */
    static String whoMay(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return "The caller's roles do not allow this request";
        }
        if (method.isAnnotationPresent(DenyAll.class)) {
            return "No role may make this request";
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed == null || allowed.value().length == 0) {
            return "The caller's roles do not allow this request";
        }
        return allowed.value().length == 1 ? "This request needs the role " + allowed.value()[0]
                : "This request needs one of the roles " + String.join(", ", allowed.value());
    }
}
