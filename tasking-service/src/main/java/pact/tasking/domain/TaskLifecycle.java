package pact.tasking.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of a task: planned → assigned → in progress → completed, or cancelled from any
 * open state. Returns a decision with the rule and the reason rather than throwing, so that
 * callers choose the status code.
 */
public final class TaskLifecycle {
    private static final Map<TaskStatus, Set<TaskStatus>> NEXT = Map.of(
            TaskStatus.PLANNED, EnumSet.of(TaskStatus.ASSIGNED, TaskStatus.CANCELLED),
            // Reassigning an assigned task keeps it assigned with other officers.
            TaskStatus.ASSIGNED, EnumSet.of(TaskStatus.ASSIGNED, TaskStatus.PLANNED, TaskStatus.IN_PROGRESS,
                    TaskStatus.CANCELLED),
            TaskStatus.IN_PROGRESS, EnumSet.of(TaskStatus.COMPLETED, TaskStatus.CANCELLED),
            TaskStatus.COMPLETED, EnumSet.noneOf(TaskStatus.class),
            TaskStatus.CANCELLED, EnumSet.noneOf(TaskStatus.class));

    /** An officer as the lifecycle sees them. */
    public record Assignee(String staffNumber, Set<Power> powers) {
    }

    /** A requested change of status. */
    public record Move(TaskStatus to, List<Assignee> officers, String outcome) {
    }

    /** The answer: allowed, or refused because the transition is illegal or a rule is not met. */
    public record Decision(Kind kind, String rule, String reason) {
        public enum Kind { ALLOWED, ILLEGAL_TRANSITION, RULE_NOT_MET }

        public boolean allowed() {
            return kind == Kind.ALLOWED;
        }

        static Decision allow() {
            return new Decision(Kind.ALLOWED, null, null);
        }
    }

    private TaskLifecycle() {
    }

    public static Set<TaskStatus> next(TaskStatus from) {
        return NEXT.get(from);
    }

    public static Decision decide(TaskStatus from, Set<Power> powersNeeded, Move move) {
        if (!NEXT.get(from).contains(move.to())) {
            String why = from.closed() ? "a " + from.name().toLowerCase() + " task is closed"
                    : "allowed next: " + NEXT.get(from);
            return new Decision(Decision.Kind.ILLEGAL_TRANSITION, "task-lifecycle",
                    "A task cannot go from " + from + " to " + move.to() + ": " + why);
        }
        if (move.to() == TaskStatus.ASSIGNED) {
            if (move.officers().isEmpty()) {
                return new Decision(Decision.Kind.RULE_NOT_MET, "task-assignment",
                        "Assigning a task needs at least one officer");
            }
            // Each officer may be sent alone, so each must hold every power the task needs.
            for (Assignee officer : move.officers()) {
                if (!officer.powers().containsAll(powersNeeded)) {
                    Set<Power> missing = EnumSet.copyOf(powersNeeded);
                    missing.removeAll(officer.powers());
                    return new Decision(Decision.Kind.RULE_NOT_MET, "powers-match",
                            "Officer " + officer.staffNumber() + " does not hold " + missing);
                }
            }
        } else if (!move.officers().isEmpty()) {
            return new Decision(Decision.Kind.RULE_NOT_MET, "task-assignment",
                    "Officers are named only when assigning");
        }
        if ((move.to() == TaskStatus.COMPLETED || move.to() == TaskStatus.CANCELLED)
                && (move.outcome() == null || move.outcome().isBlank())) {
            return new Decision(Decision.Kind.RULE_NOT_MET, "task-outcome",
                    "A task is " + move.to().name().toLowerCase() + " only with an outcome");
        }
        return Decision.allow();
    }
}
