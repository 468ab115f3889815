package pact.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** enforcement-service's REST API. */
@RegisterRestClient(configKey = "enforcement-service")
@RegisterClientHeaders(BearerTokenForwarder.class)
@Path("/api")
public interface EnforcementClient {
    @GET
    @Path("/notices")
    Pages.NoticePage notices(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("type") String type);
}
