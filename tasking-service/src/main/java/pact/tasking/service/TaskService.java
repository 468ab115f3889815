package pact.tasking.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import pact.support.feed.CommitOrder;
import pact.support.paging.PageRequest;
import pact.support.paging.PageResponse;
import pact.support.problem.ProblemException;
import pact.tasking.config.TaskingConfig;
import pact.tasking.domain.Officer;
import pact.tasking.domain.Task;
import pact.tasking.domain.TaskEvent;
import pact.tasking.domain.TaskLifecycle;
import pact.tasking.domain.TaskStatus;
import pact.tasking.mapping.NewTask;
import pact.tasking.mapping.TaskEventView;
import pact.tasking.mapping.TaskMove;
import pact.tasking.mapping.TaskView;

/** Plans tasks, moves them through their lifecycle with a record of every change, and reads them in bulk. */
@ApplicationScoped
public class TaskService {
    static final Set<String> SORTABLE = Set.of("windowStart", "windowEnd", "createdAt", "title");

    @Inject
    TaskAreas areas;

    @Inject
    TaskingConfig config;

    @Inject
    EntityManager em;

    @Transactional
    public TaskView create(NewTask input, String user) {
        return view(persist(input, "", user));
    }

    /** All or nothing: one bad task leaves none created. */
    @Transactional
    public List<TaskView> createAll(List<NewTask> inputs, String user) {
        List<Task> created = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            created.add(persist(inputs.get(i), "tasks[" + i + "].", user));
        }
        return created.stream().map(this::view).toList();
    }

    private Task persist(NewTask input, String fieldPrefix, String user) {
        if (!input.windowEnd().isAfter(input.windowStart())) {
            throw ProblemException.badField(fieldPrefix + "windowEnd", "must be after windowStart");
        }
        Task task = new Task();
        task.id = UUID.randomUUID();
        task.title = input.title().strip();
        task.objective = input.objective();
        task.cellId = input.area().cellId();
        task.areaGeoJson = areas.toStoredGeoJson(input.area(), fieldPrefix + "area");
        task.priority = input.priority();
        task.windowStart = input.windowStart();
        task.windowEnd = input.windowEnd();
        task.status = TaskStatus.PLANNED;
        task.powersNeeded = input.powersNeeded() == null || input.powersNeeded().isEmpty()
                ? EnumSet.noneOf(pact.tasking.domain.Power.class) : EnumSet.copyOf(input.powersNeeded());
        task.reportIds = input.reportIds() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(input.reportIds());
        task.createdBy = user;
        task.createdAt = Instant.now();
        task.persist();
        record(task, null, TaskStatus.PLANNED, "planned", user);
        return task;
    }

    @Transactional
    public TaskView move(UUID id, TaskMove move, String user) {
        // A row lock serialises concurrent moves of one task; expectedVersion catches a stale screen.
        Task task = Task.<Task>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Task " + id));
        if (move.expectedVersion() != null && move.expectedVersion() != task.version) {
            throw ProblemException.conflict("Task " + id + " has changed since version " + move.expectedVersion()
                    + " (now " + task.version + "); reload it and try again");
        }
        List<UUID> officerIds = move.officerIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(move.officerIds()));
        Map<UUID, Officer> officers = Officer.<Officer>list("id in ?1", officerIds).stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
        for (UUID officerId : officerIds) {
            if (!officers.containsKey(officerId)) {
                throw ProblemException.badField("officerIds", "officer " + officerId + " does not exist");
            }
        }
        List<TaskLifecycle.Assignee> assignees = officerIds.stream().map(officers::get)
                .map(o -> new TaskLifecycle.Assignee(o.staffNumber, o.powers())).toList();
        TaskLifecycle.Decision decision = TaskLifecycle.decide(task.status, task.powersNeeded,
                new TaskLifecycle.Move(move.to(), assignees, move.outcome()));
        switch (decision.kind()) {
            case ILLEGAL_TRANSITION -> throw ProblemException.conflict(decision.reason());
            case RULE_NOT_MET -> throw ProblemException.ruleRefused(decision.rule(), decision.reason());
            default -> { }
        }
        TaskStatus from = task.status;
        task.status = move.to();
        String detail;
        switch (move.to()) {
            case ASSIGNED -> {
                task.officerIds.clear();
                task.officerIds.addAll(officerIds);
                detail = "assigned to " + assignees.stream().map(TaskLifecycle.Assignee::staffNumber).toList();
            }
            case PLANNED -> {
                task.officerIds.clear();
                detail = "unassigned";
            }
            case COMPLETED, CANCELLED -> {
                task.outcome = move.outcome().strip();
                detail = task.outcome;
            }
            default -> detail = move.outcome();
        }
        record(task, from, move.to(), detail, user);
        Task.flush();
        return view(task);
    }

    /** Key of the transaction lock that numbers the task change feed in commit order. */
    static final long CHANGE_FEED_LOCK = 0x7A5C_0001L;

    private void record(Task task, TaskStatus from, TaskStatus to, String detail, String user) {
        TaskEvent event = new TaskEvent();
        event.seq = CommitOrder.next(em, "task_event_seq", CHANGE_FEED_LOCK);
        event.id = UUID.randomUUID();
        event.taskId = task.id;
        event.fromStatus = from;
        event.toStatus = to;
        event.detail = detail;
        event.byUser = user;
        event.at = Instant.now();
        event.persist();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TaskView get(UUID id) {
        return Task.<Task>findByIdOptional(id).map(this::view)
                .orElseThrow(() -> ProblemException.notFound("Task " + id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TaskEventView> history(UUID id) {
        if (Task.findById(id) == null) {
            throw ProblemException.notFound("Task " + id);
        }
        return TaskEvent.<TaskEvent>list("taskId = ?1 order by at, id", id).stream().map(TaskEventView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<TaskView> list(TaskStatus status, Instant from, Instant to, PageRequest paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (from != null) {
            where.append(" and windowEnd > :from");
            params.and("from", from);
        }
        if (to != null) {
            where.append(" and windowStart < :to");
            params.and("to", to);
        }
        Sort sort = paging.sort(SORTABLE, "windowStart", Sort.Direction.Ascending);
        return PageResponse.of(Task.find(where.toString(), sort, params), paging, this::view);
    }

    /** Tasks by id, in the order asked, leaving out ids that do not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TaskView> byIds(List<UUID> ids) {
        checkBulk("id", ids);
        Map<UUID, Task> found = Task.<Task>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(t -> t.id, Function.identity()));
        return ids.stream().distinct().map(found::get).filter(t -> t != null).map(this::view).toList();
    }

    /** For each report id, the tasks linked to it (an empty list when none), in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<TaskView>> byReports(List<UUID> reportIds) {
        checkBulk("reportId", reportIds);
        return grouped(reportIds, Task.<Task>list("select distinct t from Task t join t.reportIds r where r in ?1",
                reportIds), t -> t.reportIds);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<TaskView>> byOfficers(List<UUID> officerIds) {
        checkBulk("officerId", officerIds);
        return grouped(officerIds, Task.<Task>list(
                "select distinct t from Task t join t.officerIds o where o in ?1", officerIds), t -> t.officerIds);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, List<TaskView>> byCells(List<String> cellIds) {
        checkBulk("cellId", cellIds);
        return grouped(cellIds, Task.<Task>list("cellId in ?1", cellIds), t -> Set.of(t.cellId));
    }

    private <K> Map<K, List<TaskView>> grouped(List<K> keys, List<Task> tasks, Function<Task, Collection<K>> keysOf) {
        Map<K, List<TaskView>> result = new LinkedHashMap<>();
        keys.forEach(k -> result.put(k, new ArrayList<>()));
        tasks.stream().sorted(java.util.Comparator.comparing((Task t) -> t.windowStart).thenComparing(t -> t.id))
                .forEach(t -> {
                    TaskView view = view(t);
                    keysOf.apply(t).stream().filter(result::containsKey).forEach(k -> result.get(k).add(view));
                });
        return result;
    }

    private void checkBulk(String parameter, List<?> ids) {
        if (ids.isEmpty()) {
            throw ProblemException.badField(parameter, "give at least one");
        }
        if (ids.size() > config.maxBulkIds()) {
            throw ProblemException.badField(parameter, "at most " + config.maxBulkIds() + " in one call");
        }
    }

    TaskView view(Task task) {
        return TaskView.of(task, areas.polygon(task));
    }
}
