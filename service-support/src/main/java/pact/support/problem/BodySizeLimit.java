package pact.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The request body limit of a PACT service, {@code pact.api.max-body-bytes} (larger for the
 * {@code pact.api.large-body-paths} that take files), answered with a problem+json 413. A declared
 * Content-Length is refused here before anything is read; a body without one (chunked) is counted as
 * it is read, by {@link BodyReadLimit}. {@code quarkus.http.limits.max-body-size} stays above these
 * limits as the HTTP layer's backstop (its own 413 has no body).
 */
@Singleton
public class BodySizeLimit {

    @ConfigProperty(name = "pact.api.max-body-bytes", defaultValue = "65536")
    long maxBodyBytes;

    /** Path prefixes that take files (imports), with their own, larger limit. */
    @ConfigProperty(name = "pact.api.large-body-paths", defaultValue = "none")
    List<String> largeBodyPaths;

    @ConfigProperty(name = "pact.api.max-large-body-bytes", defaultValue = "67108864")
    long maxLargeBodyBytes;

    @Inject
    ObjectMapper json;

    /** The most bytes a request body to this path may have. */
    public long limitFor(String path) {
        return largeBodyPaths.stream().anyMatch(path::startsWith) ? maxLargeBodyBytes : maxBodyBytes;
    }

    /** The refusal of a body over the limit; a server that stops reading closes the connection. */
    static Problem tooLarge(String path, String size, long limit) {
        return new Problem("about:blank", "Payload too large", 413,
                "The request body is " + size + "; at most " + limit + " bytes are accepted", path, null,
                List.of(new Problem.FieldError("(body)", "is larger than " + limit + " bytes")));
    }

    // Runs just before the HTTP layer's own Content-Length check, so that a refusal has a body.
    void refuseDeclaredLengthOverLimit(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long length;
            try {
                length = declared == null ? -1 : Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                length = -1;
            }
            String path = context.request().path();
            long limit = limitFor(path);
            if (length <= limit) {
                context.next();
                return;
            }
            String body;
            try {
                body = json.writeValueAsString(tooLarge(path, length + " bytes", limit));
            } catch (JsonProcessingException e) {
                body = "{\"status\":413,\"title\":\"Payload too large\"}";
            }
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(body);
        });
    }
}
