package pact.support.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Adds the headers a {@link Sunset} operation promises to every answer it gives. */
public class DeprecationHeaders {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._~-]{1,100}");
    private final Map<Method, Optional<Map<String, String>>> byMethod = new ConcurrentHashMap<>();

    @ServerResponseFilter
    public void announce(ResourceInfo resource, ContainerRequestContext request, ContainerResponseContext response) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        byMethod.computeIfAbsent(method, m -> Optional.ofNullable(m.getAnnotation(Sunset.class)).map(DeprecationHeaders::headers))
                .ifPresent(headers -> headers.forEach((name, value) -> response.getHeaders().putSingle(name,
                        withPathParameters(value, request.getUriInfo().getPathParameters()))));
    }

    /** The successor's path with this request's path parameters put in ({id} becomes the id asked for). */
    static String withPathParameters(String value, MultivaluedMap<String, String> parameters) {
        String filled = value;
        for (var parameter : parameters.entrySet()) {
            String given = parameter.getValue().get(0);
            if (SAFE.matcher(given).matches()) { // anything else stays a template: a header carries no caller's text
                filled = filled.replace("{" + parameter.getKey() + "}", given);
            }
        }
        return filled;
    }

    static Map<String, String> headers(Sunset sunset) {
        long deprecatedAt = LocalDate.parse(sunset.deprecatedOn()).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        String sunsetAt = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                LocalDate.parse(sunset.on()).atStartOfDay(ZoneOffset.UTC));
        return Map.of(
                "Deprecation", "@" + deprecatedAt,
                "Sunset", sunsetAt,
                "Link", "<" + sunset.successor() + ">; rel=\"successor-version\"");
    }
}
