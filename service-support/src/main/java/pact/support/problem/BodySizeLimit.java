package pact.support.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies larger than {@code pact.api.max-body-bytes} with a problem+json 413
 * before anything is read. The HTTP layer's own, larger limit stays as a backstop for
 * bodies sent without a Content-Length.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

    @ConfigProperty(name = "pact.api.max-body-bytes", defaultValue = "65536")
    long maxBodyBytes;

    /** Path prefixes that take files (imports), with their own, larger limit. */
    @ConfigProperty(name = "pact.api.large-body-paths", defaultValue = "none")
    java.util.List<String> largeBodyPaths;

    @ConfigProperty(name = "pact.api.max-large-body-bytes", defaultValue = "67108864")
    long maxLargeBodyBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return;
        }
        long length;
        try {
            length = Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return;
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        long limit = largeBodyPaths.stream().anyMatch(path::startsWith) ? maxLargeBodyBytes : maxBodyBytes;
        if (length > limit) {
            Problem problem = new Problem("about:blank", "Payload too large", 413,
                    "The request body is " + length + " bytes; at most " + limit + " are accepted",
                    request.getUriInfo().getRequestUri().getRawPath(), null,
                    java.util.List.of(new Problem.FieldError("(body)", "is larger than " + limit + " bytes")));
            request.abortWith(Response.status(413).type(Problem.MEDIA_TYPE).entity(problem).build());
        }
    }
}
