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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pact.enforcement.domain.NoticeType;
import pact.enforcement.mapping.NoticeRequest;
import pact.enforcement.mapping.NoticeView;
import pact.enforcement.service.Caller;
import pact.enforcement.service.IssueNotice;
import pact.enforcement.service.NoticeQueries;
import pact.support.api.Sunset;
import pact.support.paging.PageRequest;
import pact.support.paging.PageResponse;
import pact.support.paging.QueryValues;
import pact.support.problem.ProblemException;
import pact.support.security.Roles;

/**
 * The first-slice notice API that the gateway reads (page-numbered list, short view). The same
 * rules and audit apply as in {@code /api/v1}. A notice's subject is personal data: a read returns it only
 * with an X-Access-Reason header saying why, and logs it; without one the subject is left out.
 */
@Path("/api/notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices (first slice)", description = "The first notice API, kept for the portal; Met systems use Notices v1")
public class NoticeResource {

    @Inject
    IssueNotice issuing;

    @Inject
    NoticeQueries notices;

    @Inject
    SecurityIdentity caller;

    @POST
    @RolesAllowed({Roles.CITY_INSPECTOR, Roles.POLICE_OFFICER, Roles.MET_SYSTEM})
    @Operation(operationId = "issueNoticeFirstSlice", summary = "Record a notice; refused with the rule's reason when the law does not allow it",
            description = "Deprecated: a retry can record the notice twice. Use `POST /api/v1/notices` with an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = NoticeView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid")
    @APIResponse(responseCode = "422", description = "Refused by a named rule")
    @Deprecated
    @Sunset(deprecatedOn = "2026-12-03", on = "2027-06-30", successor = "/api/v1/notices")
    public Response issue(@NotNull(message = "a notice body is required") @Valid NoticeRequest notice,
            @Context UriInfo uri) {
        NoticeView issued = issuing.issueLegacy(notice, Caller.of(caller, null));
        return Response.created(uri.getAbsolutePathBuilder().path(issued.id().toString()).build())
                .entity(issued).build();
    }

    @GET
    @RolesAllowed({Roles.ENFORCEMENT_ADMIN, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.MET_SYSTEM})
    @Operation(operationId = "listNoticesFirstSlice", summary = "List notices, newest first, by page number")
    @Parameter(name = Headers.ACCESS_REASON, in = ParameterIn.HEADER, required = false,
            description = "Why personal data is read; logged (DPA 2018 s.62). Without it the subject is left out")
    public PageResponse<NoticeView> list(@BeanParam PageRequest paging, @QueryParam("type") String type,
            @HeaderParam("X-Access-Reason") String reason) {
        return notices.list(QueryValues.enumValue("type", type, NoticeType.class), paging, Caller.of(caller,
                reason == null || reason.isBlank() ? null : Headers.requireReason(reason)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ENFORCEMENT_ADMIN, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.MET_SYSTEM})
    @Operation(operationId = "getNoticeFirstSlice", summary = "One notice",
            description = "Deprecated: it gives no ETag for a change. Use `GET /api/v1/notices/{id}`.")
    @Deprecated
    @Sunset(deprecatedOn = "2026-12-03", on = "2027-06-30", successor = "/api/v1/notices/{id}")
    @Parameter(name = Headers.ACCESS_REASON, in = ParameterIn.HEADER, required = false,
            description = "Why personal data is read; logged (DPA 2018 s.62). Without it the subject is left out")
    public NoticeView get(@PathParam("id") String id, @HeaderParam("X-Access-Reason") String reason) {
        java.util.UUID noticeId = QueryValues.uuid("id", id);
        Optional<NoticeView> notice = reason == null || reason.isBlank() ? notices.findWithoutSubject(noticeId)
                : notices.find(noticeId, Caller.of(caller, Headers.requireReason(reason))).map(NoticeView::of);
        return notice.orElseThrow(() -> ProblemException.notFound("Notice " + id));
    }
}
