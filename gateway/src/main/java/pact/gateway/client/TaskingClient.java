package pact.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** tasking-service's REST API. */
@RegisterRestClient(configKey = "tasking-service")
@RegisterClientHeaders(BearerTokenForwarder.class)
@Path("/api")
public interface TaskingClient {
    @GET
    @Path("/officers")
    Pages.OfficerPage officers(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("organisation") String organisation);
}
