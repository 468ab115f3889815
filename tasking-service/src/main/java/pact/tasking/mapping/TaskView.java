package pact.tasking.mapping;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import pact.tasking.domain.Objective;
import pact.tasking.domain.Power;
import pact.tasking.domain.Priority;
import pact.tasking.domain.Task;
import pact.tasking.domain.TaskStatus;

/** A task as the API returns it. */
public record TaskView(UUID id, String title, Objective objective, AreaView area, List<UUID> reportIds,
        Priority priority, Instant windowStart, Instant windowEnd, Set<Power> powersNeeded, TaskStatus status,
        String outcome, List<UUID> officerIds, long version, String createdBy, Instant createdAt) {

    /** The area with its polygon as a GeoJSON geometry object. */
    public record AreaView(String cellId, com.fasterxml.jackson.databind.JsonNode polygon) {
    }

    public static TaskView of(Task t, com.fasterxml.jackson.databind.JsonNode polygon) {
        return new TaskView(t.id, t.title, t.objective, new AreaView(t.cellId, polygon),
                t.reportIds.stream().sorted().toList(), t.priority, t.windowStart, t.windowEnd,
                t.powersNeeded.isEmpty() ? EnumSet.noneOf(Power.class) : EnumSet.copyOf(t.powersNeeded),
                t.status, t.outcome, t.officerIds.stream().sorted().toList(), t.version, t.createdBy, t.createdAt);
    }
}
