package pact.enforcement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of the change feed that Met systems follow. */
@Entity
@Table(name = "notice_change")
public class NoticeChange extends PanacheEntityBase {
    @Id
    public long seq;

    @Column(name = "notice_id")
    public UUID noticeId;

    public String change;

    @Enumerated(EnumType.STRING)
    public NoticeStatus status;

    public long version;
    public Instant at;
}
