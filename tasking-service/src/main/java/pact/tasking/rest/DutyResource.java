package pact.tasking.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pact.support.paging.QueryValues;
import pact.support.problem.ProblemException;
import pact.support.security.Roles;
import pact.tasking.mapping.DutyPeriodView;
import pact.tasking.mapping.NewDutyPeriod;
import pact.tasking.service.DutyService;

/** An officer's shifts and leave. */
@Path("/api/officers/{id}/duty-periods")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Duty")
public class DutyResource {

    @Inject
    DutyService duty;

    @Inject
    SecurityIdentity caller;

    @POST
    @RolesAllowed(Roles.TASKING_COORDINATOR)
    @APIResponse(responseCode = "201", description = "Rostered", content = @Content(mediaType = "application/json", schema = @Schema(implementation = DutyPeriodView.class)))
    @Operation(operationId = "addDutyPeriod", summary = "Roster a shift or leave for an officer")
    public Response add(@PathParam("id") String id,
            @NotNull(message = "a duty period body is required") @Valid NewDutyPeriod period) {
        return Response.status(Response.Status.CREATED)
                .entity(duty.add(QueryValues.uuid("id", id), period, caller.getPrincipal().getName())).build();
    }

    @GET
    @RolesAllowed({Roles.TASKING_COORDINATOR, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.COUNCIL_OFFICER})
    @Operation(operationId = "listDutyPeriods", summary = "An officer's shifts and leave overlapping [from, to)")
    public List<DutyPeriodView> list(@PathParam("id") String id, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Instant start = QueryValues.instant("from", from);
        Instant end = QueryValues.instant("to", to);
        if (start == null || end == null) {
            throw ProblemException.badField(start == null ? "from" : "to", "is required");
        }
        if (!end.isAfter(start) || Duration.between(start, end).toDays() > 62) {
            throw ProblemException.badField("to", "must be after from and at most 62 days later");
        }
        return duty.list(QueryValues.uuid("id", id), start, end);
    }
}
