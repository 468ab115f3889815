package pact.tasking.mapping;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import pact.tasking.domain.TaskStatus;

/**
 * A page of the task change feed: the events after a cursor, in commit order, and the cursor to
 * poll with next (the same cursor when nothing new has committed).
 */
public record TaskChangePage(List<Change> items, String nextCursor) {

    /**
     * One task event: the move ({@code from} is null when the task was created), its detail (the
     * officers assigned, or the outcome of a completed or cancelled task), who made it and when,
     * and the reports the task names now.
     */
    public record Change(String cursor, UUID taskId, String title, TaskStatus from, TaskStatus to, String detail,
            String by, Instant at, Set<UUID> reportIds) {
    }
}
