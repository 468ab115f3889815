package pact.tasking.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import pact.tasking.domain.Task;
import pact.tasking.domain.TaskEvent;
import pact.tasking.mapping.TaskChangePage;

/** The ordered feed of task events, numbered in commit order as they are written (TaskService). */
@ApplicationScoped
public class TaskChangeFeed {
    public static final int MAX = 500;

    /** The events after {@code since}, oldest first, at most {@code limit}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TaskChangePage since(long since, int limit) {
        List<TaskEvent> events = TaskEvent.<TaskEvent>find("seq > ?1", Sort.by("seq"), since)
                .page(0, Math.min(limit, MAX)).list();
        Map<UUID, Task> tasks = Task.<Task>list("id in ?1", events.stream().map(e -> e.taskId).distinct().toList())
                .stream().collect(Collectors.toMap(t -> t.id, Function.identity()));
        List<TaskChangePage.Change> items = events.stream().map(e -> {
            Task task = tasks.get(e.taskId);
            return new TaskChangePage.Change(Long.toString(e.seq), e.taskId, task.title, e.fromStatus, e.toStatus,
                    e.detail, e.byUser, e.at, Set.copyOf(task.reportIds));
        }).toList();
        long last = events.isEmpty() ? since : events.get(events.size() - 1).seq;
        return new TaskChangePage(items, Long.toString(last));
    }

}
