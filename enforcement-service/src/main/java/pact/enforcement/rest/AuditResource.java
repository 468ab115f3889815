package pact.enforcement.rest;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pact.enforcement.domain.AuditEvent;
import pact.support.paging.PageRequest;
import pact.support.paging.PageResponse;
import pact.support.paging.QueryValues;
import pact.support.security.Roles;

/** Search of the DPA 2018 s.62 log for the legal team; there is deliberately no way to change it. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log")
public class AuditResource {

    /** One log entry. */
    public record Entry(long id, Instant at, String actor, String actorRoles, String action, String entity,
            String entityId, String reason, String detail) {
        static Entry of(AuditEvent e) {
            return new Entry(e.id, e.at, e.actor, e.actorRoles, e.action, e.entity, e.entityId, e.reason, e.detail);
        }
    }

    @GET
    @RolesAllowed(Roles.ENFORCEMENT_ADMIN)
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Search the log by record, actor, action and time, newest first")
    public PageResponse<Entry> search(@QueryParam("entityId") String entityId, @QueryParam("actor") String actor,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to,
            @BeanParam PageRequest paging) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (entityId != null && !entityId.isBlank()) {
            where.add("entityId = :entityId");
            params.and("entityId", entityId.strip());
        }
        if (actor != null && !actor.isBlank()) {
            where.add("actor = :actor");
            params.and("actor", actor.strip());
        }
        if (action != null && !action.isBlank()) {
            where.add("action = :action");
            params.and("action", action.strip().toUpperCase());
        }
        Instant after = QueryValues.instant("from", from);
        if (after != null) {
            where.add("at >= :from");
            params.and("from", after);
        }
        Instant before = QueryValues.instant("to", to);
        if (before != null) {
            where.add("at < :to");
            params.and("to", before);
        }
        Sort sort = Sort.by("at", Sort.Direction.Descending).and("id", Sort.Direction.Descending);
        var query = where.isEmpty() ? AuditEvent.<AuditEvent>findAll(sort)
                : AuditEvent.<AuditEvent>find(String.join(" and ", where), sort, params);
        return PageResponse.of(query, paging, Entry::of);
    }
}
