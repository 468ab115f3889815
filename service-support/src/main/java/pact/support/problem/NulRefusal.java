package pact.support.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import pact.support.validation.TextRules;

/**
 * Refuses a NUL character (%00) in any query parameter or path id with a 400 naming the parameter.
 * PostgreSQL cannot store or compare text holding one, so it would otherwise fail as a 500 deep in
 * a query. JSON bodies get the same rule from {@code StrictJson}.
 */
@Provider
public class NulRefusal implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        refuseNul(request.getUriInfo().getPathParameters());
        refuseNul(request.getUriInfo().getQueryParameters());
    }

    private static void refuseNul(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (TextRules.hasNul(parameter.getKey())) {
                throw ProblemException.badField("(query)", "a parameter name holds a NUL character");
            }
            for (String value : parameter.getValue()) {
                if (value != null && TextRules.hasNul(value)) {
                    throw ProblemException.badField(parameter.getKey(), "must not contain a NUL character");
                }
            }
        }
    }
}
