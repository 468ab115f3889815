package pact.tasking.mapping;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pact.support.validation.PlausibleEventTime;
import pact.support.validation.PlausiblePlanTime;
import pact.tasking.domain.Objective;
import pact.tasking.domain.Power;
import pact.tasking.domain.Priority;

/**
 * A request to task the current hotspots: reports over [from, to) on a grid of cellSize metres,
 * one task each for the given window on the maxTasks hottest cells. Without a method and without
 * minZScore, reports-service's best forecast ranks the cells (the method that won its rolling
 * back-test). method=GISTAR, or a minZScore alone, asks for Gi* and keeps only cells with a
 * z-score of at least minZScore (1.96 is 95% significance).
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
        Set<@NotNull Power> powersNeeded,
        @Pattern(regexp = "GISTAR|KDE|COUNT|FORECAST", message = "must be GISTAR, KDE, COUNT or FORECAST")
        String method) {

    /**
     * What was created, which hotspots already had an open task on their cell, and the method
     * that ranked the cells with its parameters and why it was used.
     */
    public record Result(List<TaskView> created, List<String> alreadyTasked, String method,
            Map<String, Object> parameters, String chosenBy) {
    }
}
