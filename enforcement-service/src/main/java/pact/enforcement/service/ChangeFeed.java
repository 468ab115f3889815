package pact.enforcement.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pact.enforcement.domain.Notice;
import pact.enforcement.domain.NoticeChange;
import pact.enforcement.mapping.ChangeFeedPage;
import pact.enforcement.mapping.ChangeView;
import pact.enforcement.mapping.NoticeRecord;
import pact.support.feed.CommitOrder;

/** The ordered feed of changes to notices: written by every step that changes one, read by polling clients. */
@ApplicationScoped
public class ChangeFeed {
    /** Key of the transaction lock that numbers the change feed in commit order. */
    static final long CHANGE_FEED_LOCK = 0x5AC7_0001L;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    NoticeQueries queries;

    /** Numbers a change in commit order: the lock is held until commit, so numbers become visible in order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Notice notice, String change) {
        NoticeChange row = new NoticeChange();
        row.seq = CommitOrder.next(em, "notice_change_seq", CHANGE_FEED_LOCK);
        row.noticeId = notice.id;
        row.change = change;
        row.status = notice.status;
        row.version = notice.version;
        row.at = Instant.now();
        em.persist(row);
    }

    /** Everything changed after a cursor, in commit order; the cursor to poll with next is always returned. */
    @Transactional
    public ChangeFeedPage since(long since, int limit, Caller caller) {
        List<NoticeChange> changes = NoticeChange.<NoticeChange>find("seq > ?1", Sort.by("seq"), since)
                .page(0, limit).list();
        Map<UUID, NoticeRecord> notices = queries.byId(changes.stream().map(c -> c.noticeId).distinct().toList());
        audit.reads(caller, AuditLog.NOTICE, notices.keySet(), "change feed since " + since);
        long last = changes.isEmpty() ? since : changes.get(changes.size() - 1).seq;
        return new ChangeFeedPage(changes.stream().map(c -> new ChangeView(Long.toString(c.seq), c.noticeId, c.change,
                c.status, c.version, c.at, notices.get(c.noticeId))).toList(), Long.toString(last));
    }
}
