package pact.reports.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How far reports-service has read another service's change feed; moved with the entries it applied. */
@Entity
@Table(name = "feed_cursor")
public class FeedCursor extends PanacheEntityBase {
    @Id
    public String feed;

    /** The cursor the feed returned last ("0": from the start). */
    public String position;

    @Column(name = "moved_at")
    public Instant movedAt;
}
