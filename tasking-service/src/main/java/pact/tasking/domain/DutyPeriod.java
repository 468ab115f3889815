package pact.tasking.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A shift or a period of leave of one officer, half-open [startsAt, endsAt). */
@Entity
@Table(name = "duty_period")
public class DutyPeriod extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "officer_id")
    public UUID officerId;

    @Enumerated(EnumType.STRING)
    public DutyKind kind;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    public boolean covers(Instant t) {
        return !t.isBefore(startsAt) && t.isBefore(endsAt);
    }
}
