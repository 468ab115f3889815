package pact.tasking.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
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
import pact.support.paging.PageRequest;
import pact.support.paging.PageResponse;
import pact.support.paging.QueryValues;
import pact.support.problem.ProblemException;
import pact.support.security.Roles;
import pact.tasking.domain.Organisation;
import pact.tasking.domain.Team;
import pact.tasking.mapping.NewOfficer;
import pact.tasking.mapping.OfficerLogin;
import pact.tasking.mapping.OfficerView;
import pact.tasking.service.OfficerService;

/** The roster of officers who can be tasked, and the login of the pact realm each officer signs in with. */
@Path("/api/officers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Officers", description = "The PACT roster: officers, their powers and their logins")
public class OfficerResource {

    @Inject
    OfficerService officers;

    @Inject
    SecurityIdentity caller;

    @POST
    @RolesAllowed(Roles.TASKING_COORDINATOR)
    @APIResponse(responseCode = "201", description = "Added to the roster", content = @Content(mediaType = "application/json", schema = @Schema(implementation = OfficerView.class)))
    @Operation(operationId = "addOfficer", summary = "Add an officer to the roster")
    public Response add(@NotNull(message = "an officer body is required") @Valid NewOfficer officer,
            @Context UriInfo uri) {
        OfficerView added = officers.add(officer, caller.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(added.id().toString()).build())
                .entity(added).build();
    }

    @GET
    @RolesAllowed({Roles.TASKING_COORDINATOR, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.COUNCIL_OFFICER})
    @Operation(operationId = "listOfficers", summary = "List officers, by staff number; login=<user name> finds the officer of a login")
    public PageResponse<OfficerView> list(@BeanParam PageRequest paging,
            @QueryParam("organisation") String organisation, @QueryParam("team") String team,
            @QueryParam("login") String login) {
        return officers.list(QueryValues.enumValue("organisation", organisation, Organisation.class),
                QueryValues.enumValue("team", team, Team.class), login == null || login.isBlank() ? null : login,
                paging);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.TASKING_COORDINATOR, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.COUNCIL_OFFICER})
    @Operation(operationId = "getOfficer", summary = "One officer")
    public OfficerView get(@PathParam("id") String id) {
        return officers.find(QueryValues.uuid("id", id)).orElseThrow(() -> ProblemException.notFound("Officer " + id));
    }

    @PUT
    @Path("{id}/login")
    @RolesAllowed(Roles.TASKING_COORDINATOR)
    @Operation(summary = "Link the officer to their user name in the pact realm (409 when it is another officer's);"
            + " that person then posts the officer's check-ins")
    public OfficerView link(@PathParam("id") String id,
            @NotNull(message = "a login body is required") @Valid OfficerLogin login) {
        return officers.link(QueryValues.uuid("id", id), login.login(), caller.getPrincipal().getName())
                .orElseThrow(() -> ProblemException.notFound("Officer " + id));
    }

    @DELETE
    @Path("{id}/login")
    @RolesAllowed(Roles.TASKING_COORDINATOR)
    @Operation(summary = "Unlink the officer's login; then only a tasking coordinator posts their check-ins")
    public OfficerView unlink(@PathParam("id") String id) {
        return officers.unlink(QueryValues.uuid("id", id), caller.getPrincipal().getName())
                .orElseThrow(() -> ProblemException.notFound("Officer " + id));
    }
}
