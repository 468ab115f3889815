package pact.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** reports-service's REST API. */
@RegisterRestClient(configKey = "reports-service")
@RegisterClientHeaders(BearerTokenForwarder.class)
@Path("/api/reports")
public interface ReportsClient {
    @GET
    Pages.ReportPage list(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("category") String category);
}
