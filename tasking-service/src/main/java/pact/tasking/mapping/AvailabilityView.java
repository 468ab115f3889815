package pact.tasking.mapping;

import java.time.Instant;
import java.util.UUID;
import pact.tasking.domain.Availability;
import pact.tasking.domain.Organisation;
import pact.tasking.domain.PatrolMode;
import pact.tasking.domain.Team;

/** Whether one officer can be tasked at a moment. */
public record AvailabilityView(UUID officerId, String staffNumber, String displayName, Organisation organisation,
        PatrolMode mode, Team team, Availability availability, Instant at) {
}
