package pact.reports.open311;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import pact.support.validation.TextRules;

/**
 * Service-support's NUL refusal ({@code NulRefusal}) for Open311: a 400 in Open311's own error
 * format naming the parameter. It runs before the problem+json filter, which Open311 clients
 * would not understand.
 */
public class Open311NulParameters {
    static final String MESSAGE = "contains a NUL character (U+0000), which PACT does not accept";

    @ServerRequestFilter(priority = Priorities.USER - 100)
    public Optional<Response> refuse(UriInfo uri) {
        String path = uri.getPath();
        if (!path.startsWith("/open311/") && !path.startsWith("open311/")) {
            return Optional.empty();
        }
        return first(uri.getPathParameters()).or(() -> first(uri.getQueryParameters()))
                .map(name -> Open311Answers.error(Open311Answers.formatOf(path), 400, name + " " + MESSAGE));
    }

    /** The first parameter whose name or value holds a NUL character. */
    static Optional<String> first(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (TextRules.hasNul(parameter.getKey())) {
                return Optional.of(parameter.getKey().replace('\0', '?'));
            }
            if (parameter.getValue() != null && parameter.getValue().stream()
                    .anyMatch(value -> value != null && TextRules.hasNul(value))) {
                return Optional.of(parameter.getKey());
            }
        }
        return Optional.empty();
    }
}
