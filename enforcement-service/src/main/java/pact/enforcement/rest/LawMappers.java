package pact.enforcement.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import pact.enforcement.domain.LegalParameters;
import pact.support.problem.Problem;

/** A date the law does not cover (before the Act commenced) is the caller's mistake: a 422 naming it, not a 500. */
public class LawMappers {

    @ServerExceptionMapper(priority = 1)
    public Response notInForce(LegalParameters.NotInForce e, UriInfo uri) {
        Problem problem = new Problem("https://pact.example/problems/rule-refused", "Refused by rule law-in-force", 422,
                e.getMessage(), uri.getRequestUri().getRawPath(), "law-in-force", java.util.List.of());
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
