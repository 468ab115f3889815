package pact.enforcement.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pact.enforcement.mapping.AuditEntry;
import pact.enforcement.service.AuditLog;
import pact.support.paging.PageRequest;
import pact.support.paging.PageResponse;
import pact.support.paging.QueryValues;
import pact.support.security.Roles;

/** Search of the DPA 2018 s.62 log for the legal team; there is deliberately no way to change it. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log", description = "Who read or changed which notice, when and why")
public class AuditResource {

    @Inject
    AuditLog audit;

    @GET
    @RolesAllowed(Roles.ENFORCEMENT_ADMIN)
    @Operation(summary = "Search the log by record, actor, action and time, newest first")
    public PageResponse<AuditEntry> search(@QueryParam("entityId") String entityId, @QueryParam("actor") String actor,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to,
            @BeanParam PageRequest paging) {
        return audit.search(entityId, actor, QueryValues.enumValue("action", action, AuditLog.Action.class),
                QueryValues.instant("from", from), QueryValues.instant("to", to), paging);
    }
}
