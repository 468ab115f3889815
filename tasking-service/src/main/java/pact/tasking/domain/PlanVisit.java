package pact.tasking.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One planned stop: an officer at a hotspot task; a locked visit survives re-planning. */
@Entity
@Table(name = "plan_visit")
public class PlanVisit extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "officer_id")
    public UUID officerId;

    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    public boolean locked;

    public String explanation;
}
