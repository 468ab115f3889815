package pact.tasking.mapping;

import java.time.Instant;
import pact.tasking.domain.TaskEvent;
import pact.tasking.domain.TaskStatus;

/** One recorded change of a task's status. */
public record TaskEventView(TaskStatus from, TaskStatus to, String detail, String by, Instant at) {
    public static TaskEventView of(TaskEvent e) {
        return new TaskEventView(e.fromStatus, e.toStatus, e.detail, e.byUser, e.at);
    }
}
