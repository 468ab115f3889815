package pact.enforcement.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pact.enforcement.mapping.ChangeFeedPage;
import pact.enforcement.service.Caller;
import pact.enforcement.service.ChangeFeed;
import pact.support.paging.QueryValues;
import pact.support.security.Roles;

/** The change feed: everything that changed after a cursor, in commit order, so Met systems stay in sync. */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change feed", description = "Every change to notices after a cursor, in commit order")
public class ChangeFeedResource {

    @Inject
    ChangeFeed feed;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.MET_SYSTEM, Roles.ENFORCEMENT_ADMIN, Roles.PACT_SERVICE})
    @Operation(operationId = "listNoticeChanges", summary = "Changes after a cursor", description = "Start with since=0; poll again with the returned "
            + "nextCursor. Each entry carries the notice as it stands now. Numbers follow commit order, so no change is skipped.")
    @Parameter(name = Headers.ACCESS_REASON, in = ParameterIn.HEADER, required = true,
            description = "Why personal data is read; logged (DPA 2018 s.62)")
    @APIResponse(responseCode = "200", description = "The changes after the cursor, oldest first; `nextCursor` is the "
            + "cursor to pass next (the same as `since` when nothing has changed)",
            content = @Content(schema = @Schema(implementation = ChangeFeedPage.class),
                    examples = @ExampleObject(name = "one change", value = ApiExamples.CHANGES)))
    public ChangeFeedPage changes(
            @Parameter(description = "The nextCursor last handled; leave out (or 0) to start from the first change",
                    schema = @Schema(type = SchemaType.STRING, pattern = "[0-9]{1,19}")) @QueryParam("since") String since,
            @Parameter(description = NoticeApi.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "500", defaultValue = "50")) @QueryParam("limit") String limit,
            @HeaderParam(Headers.ACCESS_REASON) String reason) {
        return feed.since(QueryValues.feedCursor("since", since), NoticeApi.limit(limit),
                Caller.of(identity, Headers.requireReason(reason)));
    }
}
