package pact.enforcement.mapping;

import java.time.Instant;
import pact.enforcement.domain.AuditEvent;

/** One entry of the s.62 log as the legal team sees it. */
public record AuditEntry(long id, Instant at, String actor, String actorRoles, String action, String entity,
        String entityId, String reason, String detail) {

    public static AuditEntry of(AuditEvent e) {
        return new AuditEntry(e.id, e.at, e.actor, e.actorRoles, e.action, e.entity, e.entityId, e.reason, e.detail);
    }
}
