package pact.enforcement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A payment of a fixed penalty. */
@Entity
public class Payment extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "notice_id")
    public UUID noticeId;

    public BigDecimal amount;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    public String channel;
    public String reference;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
