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
import pact.support.security.Roles;
import pact.tasking.mapping.CheckInFeedPage;
import pact.tasking.service.CheckInFeed;

/** Check-ins in the order they arrived, after a cursor: what a live tasking board follows. */
@Path("/api/check-ins")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Patrol dose", description = "How much patrol each task received: check-ins turned into minutes on the hotspot")
public class CheckInFeedResource {

    @Inject
    CheckInFeed feed;

    @GET
    @RolesAllowed({Roles.TASKING_COORDINATOR, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.COUNCIL_OFFICER})
    @Operation(summary = "Check-ins that arrived after the cursor, oldest first (at most 500); without a cursor, "
            + "none, and the cursor of now")
    public CheckInFeedPage feed(@QueryParam("after") String after) {
        return feed.after(after);
    }
}
