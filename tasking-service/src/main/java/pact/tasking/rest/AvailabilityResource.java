package pact.tasking.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pact.support.paging.QueryValues;
import pact.support.security.Roles;
import pact.tasking.domain.Team;
import pact.tasking.mapping.AvailabilityView;
import pact.tasking.service.DutyService;

/** Who can be tasked at a moment. */
@Path("/api/availability")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Duty", description = "Officers' shifts and other duty periods")
public class AvailabilityResource {

    @Inject
    DutyService duty;

    @GET
    @RolesAllowed({Roles.TASKING_COORDINATOR, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.COUNCIL_OFFICER})
    @Operation(summary = "Every officer's availability at a moment (default now): on duty, on task, off duty, leave")
    public List<AvailabilityView> availability(@QueryParam("at") String at, @QueryParam("team") String team) {
        Instant moment = QueryValues.instant("at", at);
        return duty.availability(moment == null ? Instant.now() : moment,
                QueryValues.enumValue("team", team, Team.class));
    }
}
