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

/** One change of a task's status, with who made it and when. */
@Entity
@Table(name = "task_event")
public class TaskEvent extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "task_id")
    public UUID taskId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public TaskStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public TaskStatus toStatus;

    public String detail;

    @Column(name = "by_user")
    public String byUser;

    public Instant at;

    /** The event's place in the task change feed, in commit order. */
    public long seq;
}
