package pact.reports.rest;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import pact.support.problem.Problem;

/**
 * Refuses a NUL character in any query or path parameter of the reports API with a 400 naming
 * the parameter: PostgreSQL cannot store or compare text holding one, so it would otherwise
 * surface as a 500. (Open311 paths answer in Open311's format; see Open311NulParameters.)
 */
public class NulParameters {

    @ServerRequestFilter
    public Optional<Response> refuse(UriInfo uri) {
        if (isOpen311(uri)) {
            return Optional.empty();
        }
        return first(uri).map(name -> Response.status(400).type(Problem.MEDIA_TYPE)
                .entity(Problem.invalid(List.of(new Problem.FieldError(name, MESSAGE)))
                        .withInstance(uri.getRequestUri().getRawPath()))
                .build());
    }

    public static final String MESSAGE = "contains a NUL character (U+0000), which PACT does not accept";

    public static boolean isOpen311(UriInfo uri) {
        String path = uri.getPath();
        return path.startsWith("/open311/") || path.startsWith("open311/");
    }

    /** The first query or path parameter whose name or value holds a NUL character. */
    public static Optional<String> first(UriInfo uri) {
        return first(uri.getPathParameters()).or(() -> first(uri.getQueryParameters()));
    }

    public static Optional<String> first(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (hasNul(parameter.getKey())) {
                return Optional.of(parameter.getKey().replace('\0', '?'));
            }
            if (parameter.getValue() != null && parameter.getValue().stream().anyMatch(NulParameters::hasNul)) {
                return Optional.of(parameter.getKey());
            }
        }
        return Optional.empty();
    }

    public static boolean hasNul(String value) {
        return value != null && value.indexOf('\0') >= 0;
    }
}
