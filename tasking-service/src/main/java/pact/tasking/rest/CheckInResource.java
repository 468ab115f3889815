package pact.tasking.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pact.support.paging.QueryValues;
import pact.support.security.Roles;
import pact.tasking.mapping.CheckInBatch;
import pact.tasking.service.CheckInService;

/** Officers' location check-ins, from which patrol dose is measured. */
@Path("/api/officers/{id}/check-ins")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Patrol dose")
public class CheckInResource {

    @Inject
    CheckInService checkIns;

    @Inject
    io.quarkus.security.identity.SecurityIdentity caller;

    @POST
    @RolesAllowed({Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.COUNCIL_OFFICER, Roles.TASKING_COORDINATOR})
    @Operation(summary = "Post a batch of check-ins; a retried batch counts once, and a check-in while the officer"
            + " was not on duty refuses the batch (422)")
    public CheckInBatch.Receipt post(@PathParam("id") String id,
            @NotNull(message = "a batch of check-ins is required") @Valid CheckInBatch batch) {
        return checkIns.ingest(QueryValues.uuid("id", id), batch, Instant.now(), caller.getPrincipal().getName(),
                caller.hasRole(Roles.TASKING_COORDINATOR));
    }
}
