package pact.reports.open311;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import pact.reports.rest.NulParameters;

/**
 * The Open311 side of {@link NulParameters}: a 400 in Open311's own error format naming the
 * parameter. It runs before any problem+json filter of the same kind, which Open311 clients
 * would not understand.
 */
public class Open311NulParameters {

    @ServerRequestFilter(priority = Priorities.USER - 100)
    public Optional<Response> refuse(UriInfo uri) {
        if (!NulParameters.isOpen311(uri)) {
            return Optional.empty();
        }
        String format = uri.getPath().endsWith(".xml") ? "xml" : "json";
        return NulParameters.first(uri)
                .map(name -> Open311Resource.error(format, 400, name + " " + NulParameters.MESSAGE));
    }
}
