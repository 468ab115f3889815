package pact.tasking.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pact.support.paging.QueryValues;
import pact.support.security.Roles;
import pact.tasking.mapping.TaskChangePage;
import pact.tasking.service.TaskChangeFeed;

/** The task change feed: every task event after a cursor, in commit order, so that other services stay in step. */
@Path("/api/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks", description = "Tasks on hotspots: planned, assigned, in progress, completed or cancelled, and their change feed")
public class TaskChangeFeedResource {

    @Inject
    TaskChangeFeed feed;

    @GET
    @RolesAllowed({Roles.TASKING_COORDINATOR, Roles.PACT_SERVICE})
    @Operation(summary = "Task events after a cursor, in commit order",
            description = "Start with since=0 and poll again with the returned nextCursor; numbers follow commit "
                    + "order, so no event is skipped. Each event carries the reports its task names now.")
    public TaskChangePage changes(@QueryParam("since") String since, @QueryParam("limit") String limit) {
        return feed.since(QueryValues.feedCursor("since", since),
                QueryValues.limit("limit", limit, 100, TaskChangeFeed.MAX));
    }
}
