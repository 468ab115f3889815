package pact.gateway.board;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import pact.gateway.client.Pages;

/**
 * What the live board polls, with the subscriber's token passed explicitly: a subscription
 * outlives the request that opened it, so the usual forwarding of the current request's token
 * does not apply.
 */
public final class BoardClients {
    private BoardClients() {
    }

    /** One check-in as tasking-service's feed gives it. */
    public record CheckIn(String officerId, String clientId, Instant at, double lat, double lon) {
    }

    /** A page of tasking-service's check-in feed. */
    public record CheckInFeed(List<CheckIn> items, String nextCursor) {
    }

    /** tasking-service: the newest tasks and the check-in feed. */
    @RegisterRestClient(configKey = "tasking-service")
    @Path("/api")
    public interface Tasking {
        @GET
        @Path("/tasks")
        Pages.TaskPage newestTasks(@HeaderParam("Authorization") String authorization,
                @QueryParam("sort") String sort, @QueryParam("size") int size);

        @GET
        @Path("/check-ins")
        CheckInFeed checkIns(@HeaderParam("Authorization") String authorization, @QueryParam("after") String after);
    }

    /** enforcement-service: the newest notices. */
    @RegisterRestClient(configKey = "enforcement-service")
    @Path("/api")
    public interface Enforcement {
        @GET
        @Path("/notices")
        Pages.NoticePage newestNotices(@HeaderParam("Authorization") String authorization,
                @QueryParam("size") int size);
    }
}
