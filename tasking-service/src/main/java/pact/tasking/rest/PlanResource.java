package pact.tasking.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pact.support.paging.QueryValues;
import pact.support.problem.ProblemException;
import pact.support.security.Roles;
import pact.tasking.mapping.NewPlan;
import pact.tasking.mapping.PlanView;
import pact.tasking.mapping.VisitChange;
import pact.tasking.service.PlanService;

/** Patrol plans: which officer visits which hotspot when, and why. */
@Path("/api/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Patrol plans", description = "Patrol plans: which officer visits which hotspot when, and why")
public class PlanResource {

    @Inject
    PlanService plans;

    @Inject
    SecurityIdentity caller;

    @POST
    @RolesAllowed(Roles.TASKING_COORDINATOR)
    @APIResponse(responseCode = "201", description = "Planned, every visit explained", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlanView.class)))
    @Operation(operationId = "createPlan", summary = "Plan patrols for a period from the officers on shift and the open hotspot tasks")
    public Response create(@NotNull(message = "a plan request body is required") @Valid NewPlan input,
            @Context UriInfo uri) {
        PlanView plan = plans.create(input, caller.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(plan.id().toString()).build()).entity(plan).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.TASKING_COORDINATOR, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.COUNCIL_OFFICER})
    @Operation(operationId = "getPlan", summary = "A plan with every visit explained")
    public PlanView get(@PathParam("id") String id) {
        return plans.get(QueryValues.uuid("id", id));
    }

    @PUT
    @Path("{id}/visits/{visitId}")
    @RolesAllowed(Roles.TASKING_COORDINATOR)
    @Operation(summary = "Lock, unlock or change one visit (a changed visit is locked)")
    public PlanView change(@PathParam("id") String id, @PathParam("visitId") String visitId,
            @NotNull(message = "a visit change body is required") @Valid VisitChange change) {
        return plans.change(QueryValues.uuid("id", id), QueryValues.uuid("visitId", visitId), change);
    }

    @POST
    @Path("{id}/replan")
    @RolesAllowed(Roles.TASKING_COORDINATOR)
    @Operation(summary = "Re-plan everything but the locked visits, with a new or given seed")
    public PlanView replan(@PathParam("id") String id, @QueryParam("seed") String seed) {
        Long value = null;
        if (seed != null && !seed.isBlank()) {
            try {
                value = Long.parseLong(seed.trim());
            } catch (NumberFormatException e) {
                throw ProblemException.badField("seed", "'" + seed + "' is not a whole number");
            }
        }
        return plans.replan(QueryValues.uuid("id", id), value);
    }
}
