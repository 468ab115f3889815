package pact.enforcement.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import pact.enforcement.domain.Notice;
import pact.enforcement.domain.NoticeSubject;
import pact.enforcement.domain.NoticeType;
import pact.enforcement.mapping.CursorPage;
import pact.enforcement.mapping.NoticeGroup;
import pact.enforcement.mapping.NoticeRecord;
import pact.enforcement.mapping.NoticeView;
import pact.support.paging.PageRequest;
import pact.support.paging.PageResponse;
import pact.support.problem.ProblemException;

/** Reads of notices: each holds personal data, so each read states its reason and is logged. */
@ApplicationScoped
public class NoticeQueries {
    static final Set<String> SORTABLE = Set.of("issuedAt", "type", "status");

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Transactional
    public Optional<NoticeRecord> find(UUID id, Caller caller) {
        Optional<Notice> notice = Notice.findByIdOptional(id);
        boolean personal = caller.reason() != null;
        if (personal) {
            notice.ifPresent(n -> audit.reads(caller, AuditLog.NOTICE, List.of(n.id), "read one notice"));
        }
        return notice.map(n -> NoticeRecord.of(n, personal));
    }

    /** One notice without its subject: no personal data is read, so no reason is needed. */
    @Transactional
    public Optional<NoticeView> findWithoutSubject(UUID id) {
        return Notice.<Notice>findByIdOptional(id).map(n -> NoticeView.of(n).withoutSubject());
    }

    /** A page of notices; their subjects only when the caller stated why (and the read is logged). */
    @Transactional
    public PageResponse<NoticeView> list(NoticeType type, PageRequest paging, Caller caller) {
        Sort sort = paging.sort(SORTABLE, "issuedAt", Sort.Direction.Descending);
        boolean personal = caller.reason() != null;
        Function<Notice, NoticeView> view = personal ? NoticeView::of : n -> NoticeView.of(n).withoutSubject();
        PageResponse<NoticeView> page = type == null
                ? PageResponse.of(Notice.<Notice>findAll(sort), paging, view)
                : PageResponse.of(Notice.<Notice>find("type = :type", sort, Parameters.with("type", type)), paging, view);
        if (personal) {
            audit.reads(caller, AuditLog.NOTICE, page.items().stream().map(NoticeView::id).toList(),
                    "list page " + page.page());
        }
        return page;
    }

    /** Newest first, keyed on (issuedAt, id) so that a page never repeats or skips a notice as new ones arrive. */
    @Transactional
    public CursorPage<NoticeRecord> listByCursor(NoticeType type, String cursor, int limit, Caller caller) {
        Instant afterTime = null;
        UUID afterId = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                afterTime = Instant.parse(parts[0]);
                afterId = UUID.fromString(parts[1]);
            } catch (RuntimeException e) {
                throw ProblemException.badField("cursor", "is not a cursor this API returned");
            }
        }
        StringBuilder sql = new StringBuilder("SELECT * FROM notice WHERE true");
        if (type != null) {
            sql.append(" AND type = :type");
        }
        if (afterTime != null) {
            sql.append(" AND (issued_at, id) < (:t, :id)");
        }
        sql.append(" ORDER BY issued_at DESC, id DESC LIMIT :n");
        var query = em.createNativeQuery(sql.toString(), Notice.class).setParameter("n", limit + 1);
        if (type != null) {
            query.setParameter("type", type.name());
        }
        if (afterTime != null) {
            query.setParameter("t", afterTime).setParameter("id", afterId);
        }
        @SuppressWarnings("unchecked")
        List<Notice> rows = query.getResultList();
        boolean more = rows.size() > limit;
        List<Notice> page = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            Notice last = page.get(page.size() - 1);
            next = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((last.issuedAt + "|" + last.id).getBytes(StandardCharsets.UTF_8));
        }
        audit.reads(caller, AuditLog.NOTICE, page.stream().map(n -> n.id).toList(), "cursor page");
        return new CursorPage<>(page.stream().map(NoticeRecord::of).toList(), next);
    }

    Map<UUID, NoticeRecord> byId(Collection<UUID> ids) {
        return byId(ids, true);
    }

    private Map<UUID, NoticeRecord> byId(Collection<UUID> ids, boolean withSubject) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Notice.<Notice>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(n -> n.id, n -> NoticeRecord.of(n, withSubject)));
    }

    /** Notices by id, in the order asked, missing ids left out; subjects only for a stated reason (logged). */
    @Transactional
    public List<NoticeRecord> byIds(List<UUID> ids, Caller caller) {
        boolean personal = caller.reason() != null;
        Map<UUID, NoticeRecord> found = byId(ids, personal);
        if (personal) {
            audit.reads(caller, AuditLog.NOTICE, found.keySet(), "bulk read by id");
        }
        return ids.stream().distinct().map(found::get).filter(Objects::nonNull).toList();
    }

    /**
     * Notices grouped by report or task id, one group per key in the order asked (empty when none);
     * subjects only for a stated reason (logged).
     */
    @Transactional
    public List<NoticeGroup> grouped(String field, List<UUID> keys, Caller caller) {
        Function<Notice, UUID> key = field.equals("reportId") ? n -> n.reportId : n -> n.taskId;
        return groups(field, keys, key, UUID::toString, caller);
    }

    /** Notices grouped by a text key (the issuing officer's staff number, the PSPO order id), in the order asked. */
    @Transactional
    public List<NoticeGroup> groupedByText(String field, List<String> keys, Caller caller) {
        Function<Notice, String> key = field.equals("officerStaffNumber") ? n -> n.officerStaffNumber
                : n -> n.pspoOrderId;
        return groups(field, keys, key, Function.identity(), caller);
    }

    private <K> List<NoticeGroup> groups(String field, List<K> keys, Function<Notice, K> key,
            Function<K, String> label, Caller caller) {
        List<Notice> notices = keys.isEmpty() ? List.of()
                : Notice.<Notice>list(field + " in ?1", Sort.by("issuedAt", Sort.Direction.Descending), keys);
        boolean personal = caller.reason() != null;
        Map<K, List<NoticeRecord>> byKey = new LinkedHashMap<>();
        notices.forEach(n -> byKey.computeIfAbsent(key.apply(n), k -> new ArrayList<>())
                .add(NoticeRecord.of(n, personal)));
        if (personal) {
            audit.reads(caller, AuditLog.NOTICE, notices.stream().map(n -> n.id).toList(), "bulk read by " + field);
        }
        return keys.stream().distinct().map(k -> new NoticeGroup(label.apply(k), byKey.getOrDefault(k, List.of())))
                .toList();
    }

    @Transactional
    public List<NoticeRecord> bySubject(String name, LocalDate dateOfBirth, Caller caller) {
        String query = "lower(subjectName) = :name" + (dateOfBirth != null ? " and subjectDateOfBirth = :dob" : "");
        Parameters params = Parameters.with("name", NoticeSubject.normalised(name));
        if (dateOfBirth != null) {
            params = params.and("dob", dateOfBirth);
        }
        List<Notice> notices = Notice.<Notice>list(query + " order by issuedAt desc", params);
        audit.reads(caller, AuditLog.NOTICE, notices.stream().map(n -> n.id).toList(), "bulk read by subject");
        return notices.stream().map(NoticeRecord::of).toList();
    }
}
