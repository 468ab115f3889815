package pact.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import pact.reports.domain.FeedCursor;
import pact.reports.domain.Report;
import pact.reports.domain.StatusChange;
import pact.reports.domain.WorkOnReport;

/**
 * Records on each report the work that other services' change feeds report on it (rule
 * {@link WorkOnReport}). A page of a feed is applied with the move of that feed's cursor in one
 * transaction: nothing is lost when a service or this one is down, and an entry already recorded
 * (its origin is unique) is not recorded again.
 */
@ApplicationScoped
public class WorkFromFeeds {
    static final Logger LOG = Logger.getLogger(WorkFromFeeds.class);
    public static final String START = "0";

    @Inject
    EntityManager em;

    @Inject
    ReportUpdates updates;

    /** Where to read the feed from next (in a transaction of its own: never a position cached earlier). */
    @Transactional
    public String position(String feed) {
        FeedCursor cursor = em.find(FeedCursor.class, feed);
        return cursor == null ? START : cursor.position;
    }

    /**
     * Applies one page read from {@code from} and moves the cursor to {@code next}; all or nothing.
     * Answers how many entries were recorded, or -1 when another replica has moved the cursor since
     * (the page is then left to it).
     */
    @Transactional
    public int apply(String feed, String from, List<WorkOnReport.Work> page, String next) {
        em.createNativeQuery("INSERT INTO feed_cursor (feed, position, moved_at) VALUES (:f, :p, now()) "
                + "ON CONFLICT (feed) DO NOTHING").setParameter("f", feed).setParameter("p", START).executeUpdate();
        FeedCursor cursor = em.find(FeedCursor.class, feed, LockModeType.PESSIMISTIC_WRITE);
        if (!cursor.position.equals(from)) {
            return -1;
        }
        int recorded = 0;
        for (WorkOnReport.Work work : page) {
            if (record(work)) {
                recorded++;
            }
        }
        cursor.position = next;
        cursor.movedAt = Instant.now();
        return recorded;
    }

    private boolean record(WorkOnReport.Work work) {
        if (updates.recorded(work.origin())) {
            return false;
        }
        Report report = Report.findById(work.reportId());
        if (report == null) {
            LOG.warnf("%s names report %s, which reports-service does not hold; not recorded", work.origin(),
                    work.reportId());
            return false;
        }
        WorkOnReport.Outcome outcome = WorkOnReport.apply(report.status, work);
        outcome.moveTo().ifPresent(to -> {
            StatusChange change = new StatusChange();
            change.reportId = report.id;
            change.from = report.status;
            change.to = to;
            change.changedBy = cut(work.actor(), 200);
            change.changedAt = work.at();
            change.reason = cut(work.note() == null ? work.kind().toString() : work.note(), 1000);
            change.persist();
            report.status = to;
        });
        updates.record(report, work.kind(), new ReportUpdates.Wording(outcome.publicText(),
                cut(outcome.internalNote(), 4000)), cut(work.actor(), 200), work.at(), work.origin());
        return true;
    }

    /** The text, cut to what its column holds (notes come from other services, which bound them differently). */
    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
