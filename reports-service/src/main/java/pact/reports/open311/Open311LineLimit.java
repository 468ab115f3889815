package pact.reports.open311;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Open311's own limit on the length of a request's path and query, answered in Open311's format.
 * FixMyStreet names all its open reports in one GET (1,000 ids are about 39,000 characters), so
 * reports-service's HTTP layer takes request lines up to 64 KiB
 * ({@code quarkus.http.limits.max-initial-line-length}) as a backstop that answers a bare 414, and
 * Open311 refuses here anything over {@link #MAX}, which FixMyStreet can log.
 */
public class Open311LineLimit {
    static final int MAX = 48 * 1024;

    @ServerRequestFilter(preMatching = true, priority = Priorities.USER - 200)
    public Optional<Response> refuse(HttpServerRequest request) {
        String path = request.path();
        if (path == null || !path.startsWith("/open311/") || request.uri().length() <= MAX) {
            return Optional.empty();
        }
        return Optional.of(Open311Answers.error(Open311Answers.formatOf(path), 414, "The request's path and query "
                + "are " + request.uri().length() + " characters long; Open311 takes at most " + MAX + " (at most "
                + Open311Requests.MAX_IDS + " service_request_id values in one call)"));
    }
}
