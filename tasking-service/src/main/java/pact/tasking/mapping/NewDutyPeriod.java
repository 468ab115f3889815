package pact.tasking.mapping;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import pact.support.validation.PlausiblePlanTime;
import pact.tasking.domain.DutyKind;

/** A shift or a period of leave to roster for an officer. */
public record NewDutyPeriod(@NotNull DutyKind kind, @NotNull @PlausiblePlanTime Instant startsAt,
        @NotNull @PlausiblePlanTime Instant endsAt) {
}
