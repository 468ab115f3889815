package pact.tasking.mapping;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A request to plan patrols for a period (usually a shift); the seed is random when not given. */
public record NewPlan(@NotNull Instant from, @NotNull Instant to, Long seed) {
}
