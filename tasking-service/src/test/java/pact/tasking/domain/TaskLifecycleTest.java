package pact.tasking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pact.tasking.domain.TaskLifecycle.Assignee;
import pact.tasking.domain.TaskLifecycle.Decision.Kind;
import pact.tasking.domain.TaskLifecycle.Move;

class TaskLifecycleTest {
    static final Assignee CONSTABLE = new Assignee("PC-1", Organisation.MET_POLICE.powers());
    static final Assignee INSPECTOR = new Assignee("CI-1", Organisation.WESTMINSTER_COUNCIL.powers());
    static final Set<Power> PATROL = EnumSet.of(Power.PATROL);

    @ParameterizedTest(name = "{0} -> {1} is {2}")
    @CsvSource({
            "PLANNED, ASSIGNED, ALLOWED",
            "PLANNED, IN_PROGRESS, ILLEGAL_TRANSITION",
            "PLANNED, COMPLETED, ILLEGAL_TRANSITION",
            "PLANNED, CANCELLED, ALLOWED",
            "ASSIGNED, ASSIGNED, ALLOWED",
            "ASSIGNED, PLANNED, ALLOWED",
            "ASSIGNED, IN_PROGRESS, ALLOWED",
            "ASSIGNED, COMPLETED, ILLEGAL_TRANSITION",
            "IN_PROGRESS, COMPLETED, ALLOWED",
            "IN_PROGRESS, ASSIGNED, ILLEGAL_TRANSITION",
            "IN_PROGRESS, CANCELLED, ALLOWED",
            "COMPLETED, IN_PROGRESS, ILLEGAL_TRANSITION",
            "COMPLETED, CANCELLED, ILLEGAL_TRANSITION",
            "CANCELLED, PLANNED, ILLEGAL_TRANSITION",
    })
    void only_the_lifecycle_s_transitions_are_allowed(TaskStatus from, TaskStatus to, Kind expected) {
        List<Assignee> officers = to == TaskStatus.ASSIGNED ? List.of(CONSTABLE) : List.of();
        assertEquals(expected, TaskLifecycle.decide(from, PATROL, new Move(to, officers, "done")).kind());
    }

    @Test
    void a_closed_task_says_it_is_closed() {
        var decision = TaskLifecycle.decide(TaskStatus.COMPLETED, PATROL, new Move(TaskStatus.IN_PROGRESS,
                List.of(), null));
        assertTrue(decision.reason().contains("completed task is closed"), decision.reason());
    }

    @Test
    void a_city_inspector_cannot_be_assigned_a_task_needing_a_dispersal_direction() {
        var decision = TaskLifecycle.decide(TaskStatus.PLANNED, EnumSet.of(Power.DISPERSAL_DIRECTION),
                new Move(TaskStatus.ASSIGNED, List.of(CONSTABLE, INSPECTOR), null));
        assertEquals(Kind.RULE_NOT_MET, decision.kind());
        assertEquals("powers-match", decision.rule());
        assertTrue(decision.reason().contains("CI-1") && decision.reason().contains("DISPERSAL_DIRECTION"));
    }

    @Test
    void assigning_needs_an_officer() {
        assertEquals("task-assignment", TaskLifecycle.decide(TaskStatus.PLANNED, PATROL,
                new Move(TaskStatus.ASSIGNED, List.of(), null)).rule());
    }

    @Test
    void completing_or_cancelling_needs_an_outcome() {
        assertEquals("task-outcome", TaskLifecycle.decide(TaskStatus.IN_PROGRESS, PATROL,
                new Move(TaskStatus.COMPLETED, List.of(), "  ")).rule());
        assertEquals("task-outcome", TaskLifecycle.decide(TaskStatus.PLANNED, PATROL,
                new Move(TaskStatus.CANCELLED, List.of(), null)).rule());
    }
}
