package pact.tasking.domain;

/** Where a task is in its life. */
public enum TaskStatus {
    PLANNED,
    ASSIGNED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED;

    public boolean closed() {
        return this == COMPLETED || this == CANCELLED;
    }
}
