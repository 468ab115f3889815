package pact.tasking.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import pact.support.validation.CleanText;
import pact.support.validation.PlausiblePlanTime;
import pact.tasking.domain.Objective;
import pact.tasking.domain.Power;
import pact.tasking.domain.Priority;

/** What a tasking coordinator sends to plan a task. */
public record NewTask(
        @NotBlank @Size(max = 200) @CleanText String title,
        @NotNull Objective objective,
        @NotNull @Valid TaskArea area,
        @Size(max = 500) List<@NotNull UUID> reportIds,
        @NotNull Priority priority,
        @NotNull @PlausiblePlanTime Instant windowStart,
        @NotNull @PlausiblePlanTime Instant windowEnd,
        Set<@NotNull Power> powersNeeded) {
}
