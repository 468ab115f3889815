package pact.enforcement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Collection;
import java.util.stream.Collectors;
import pact.enforcement.domain.AuditEvent;
import pact.enforcement.mapping.AuditEntry;
import pact.support.paging.PageRequest;
import pact.support.paging.PageResponse;
import pact.support.problem.ProblemException;
import pact.support.security.Roles;

/**
 * Writes the DPA 2018 s.62 log in the same transaction as the work it records, so that a
 * change and its log entry stand or fall together. Nothing here updates or deletes.
 */
@ApplicationScoped
public class AuditLog {
    /** The entity name of notices in the log. */
    public static final String NOTICE = "notice";
    /** The s.62 kinds of processing this service performs. */
    public enum Action {
        COLLECT, ALTER, CONSULT, DISCLOSE
    }

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, Action action, String entity, String entityId, String reason, String detail) {
        AuditEvent event = new AuditEvent();
        event.at = Instant.now();
        event.actor = caller.name();
        event.actorRoles = truncate(caller.rolesText(), 400);
        event.action = action.name();
        event.entity = entity;
        event.entityId = entityId;
        event.reason = truncate(reason != null ? reason : "not stated", 500);
        event.detail = truncate(detail, 2000);
        em.persist(event);
    }

    /**
     * One entry per record of personal data read, in one statement; Met systems receiving data is a
     * disclosure. Personal data is read only for a stated reason: without one the read is refused.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reads(Caller caller, String entity, Collection<?> ids, String detail) {
        if (caller.reason() == null) {
            throw ProblemException.badField("X-Access-Reason",
                    "is required to read personal data: state why (DPA 2018 s.62 logs it)");
        }
        if (ids.isEmpty()) {
            return;
        }
        Action action = caller.has(Roles.MET_SYSTEM) ? Action.DISCLOSE : Action.CONSULT;
        em.createNativeQuery("""
                INSERT INTO audit_event (at, actor, actor_roles, action, entity, entity_id, reason, detail)
                SELECT now(), :actor, :roles, :action, :entity, id, :reason, :detail
                FROM unnest(string_to_array(:ids, ',')) AS id""")
                .setParameter("actor", caller.name())
                .setParameter("roles", truncate(caller.rolesText(), 400))
                .setParameter("action", action.name())
                .setParameter("entity", entity)
                .setParameter("reason", truncate(caller.reason(), 500))
                .setParameter("detail", truncate(detail, 2000))
                .setParameter("ids", ids.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .executeUpdate();
    }

    /** The log, newest first, filtered by whichever criteria are given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<AuditEntry> search(String entityId, String actor, Action action, Instant from, Instant to,
            PageRequest paging) {
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
        if (action != null) {
            where.add("action = :action");
            params.and("action", action.name());
        }
        if (from != null) {
            where.add("at >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.add("at < :to");
            params.and("to", to);
        }
        Sort sort = Sort.by("at", Sort.Direction.Descending).and("id", Sort.Direction.Descending);
        Function<AuditEvent, AuditEntry> view = AuditEntry::of;
        return where.isEmpty() ? PageResponse.of(AuditEvent.<AuditEvent>findAll(sort), paging, view)
                : PageResponse.of(AuditEvent.<AuditEvent>find(String.join(" and ", where), sort, params), paging, view);
    }

    static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
