package pact.tasking.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * reports-service's hotspot API. The caller's own token is passed explicitly, so reports-service
 * checks the caller's roles itself and tasking never calls it with powers of its own.
 */
@RegisterRestClient(configKey = "reports-service")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface ReportsClient {

    /**
     * The {@code limit} hottest cells over [from, to) on a {@code cellSize} m grid. A null method is
     * not sent, and reports-service then uses the best forecast: its rolling back-test's winner.
     */
    @GET
    @Path("/hotspots")
    HotspotMap hotspots(@HeaderParam("Authorization") String bearer, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("cellSize") int cellSize, @QueryParam("limit") int limit,
            @QueryParam("method") String method);
}
