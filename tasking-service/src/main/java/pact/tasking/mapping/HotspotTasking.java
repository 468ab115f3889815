package pact.tasking.mapping;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import pact.support.validation.PlausibleEventTime;
import pact.support.validation.PlausiblePlanTime;
import pact.tasking.domain.Objective;
import pact.tasking.domain.Power;
import pact.tasking.domain.Priority;

/**
 * A request to task the current hotspots: reports over [from, to) on a grid of cellSize metres,
 * hotspots with a Gi* z-score of at least minZScore (1.96 is 95% significance), one task each for
 * the given window.
 */
public record HotspotTasking(
        @NotNull @PlausibleEventTime Instant from,
        @NotNull @PlausibleEventTime Instant to,
        @Min(50) @Max(1000) Integer cellSize,
        Double minZScore,
        @Min(1) @Max(200) Integer maxTasks,
        @NotNull Objective objective,
        @NotNull Priority priority,
        @NotNull @PlausiblePlanTime Instant windowStart,
        @NotNull @PlausiblePlanTime Instant windowEnd,
        Set<@NotNull Power> powersNeeded) {

    /** What was created, and which hotspots already had an open task on their cell. */
    public record Result(List<TaskView> created, List<String> alreadyTasked) {
    }
}
