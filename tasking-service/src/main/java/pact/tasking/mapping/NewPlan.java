package pact.tasking.mapping;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import pact.support.validation.PlausiblePlanTime;

/** A request to plan patrols for a period (usually a shift); the seed is random when not given. */
public record NewPlan(@NotNull @PlausiblePlanTime Instant from, @NotNull @PlausiblePlanTime Instant to, Long seed) {
}
