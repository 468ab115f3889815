package pact.tasking.mapping;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import pact.support.validation.PlausiblePlanTime;

/**
 * A coordinator's change to one planned visit: lock or unlock it, or move it to another officer or
 * time (a changed visit is locked, so re-planning keeps it).
 */
public record VisitChange(@NotNull Boolean locked, UUID officerId, @PlausiblePlanTime Instant startsAt) {
}
