package pact.enforcement.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pact.enforcement.domain.NoticeType;
import pact.enforcement.mapping.NoticeRequest;
import pact.enforcement.mapping.NoticeView;
import pact.enforcement.service.Caller;
import pact.enforcement.service.NoticeService;
import pact.support.paging.PageRequest;
import pact.support.paging.PageResponse;
import pact.support.paging.QueryValues;
import pact.support.problem.ProblemException;
import pact.support.security.Roles;

/**
 * The first-slice notice API that the gateway reads (page-numbered list, short view). The same
 * rules and audit apply as in {@code /api/v1}; a read without X-Access-Reason is logged as "not stated".
 */
@Path("/api/notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices (first slice)")
public class NoticeResource {

    @Inject
    NoticeService notices;

    @Inject
    SecurityIdentity caller;

    @POST
    @RolesAllowed({Roles.CITY_INSPECTOR, Roles.POLICE_OFFICER, Roles.MET_SYSTEM})
    @Operation(summary = "Record a notice; refused with the rule's reason when the law does not allow it")
    public Response issue(@NotNull(message = "a notice body is required") @Valid NoticeRequest notice,
            @Context UriInfo uri) {
        NoticeView issued = notices.issueLegacy(notice, Caller.of(caller, null));
        return Response.created(uri.getAbsolutePathBuilder().path(issued.id().toString()).build())
                .entity(issued).build();
    }

    @GET
    @RolesAllowed({Roles.ENFORCEMENT_ADMIN, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.MET_SYSTEM})
    @Operation(summary = "List notices, newest first, by page number")
    public PageResponse<NoticeView> list(@BeanParam PageRequest paging, @QueryParam("type") String type,
            @HeaderParam("X-Access-Reason") String reason) {
        return notices.list(QueryValues.enumValue("type", type, NoticeType.class), paging, Caller.of(caller, reason));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ENFORCEMENT_ADMIN, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.MET_SYSTEM})
    @Operation(summary = "One notice")
    public NoticeView get(@PathParam("id") String id, @HeaderParam("X-Access-Reason") String reason) {
        return notices.find(QueryValues.uuid("id", id), Caller.of(caller, reason)).map(NoticeView::of)
                .orElseThrow(() -> ProblemException.notFound("Notice " + id));
    }
}
