package pact.tasking.mapping;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import pact.tasking.plan.PatrolPlanner;

/** A patrol plan with every visit explained and the plan's quality. */
public record PlanView(UUID id, Instant from, Instant to, long seed, long version, PatrolPlanner.Quality quality,
        List<VisitView> visits, String createdBy, Instant createdAt) {

    /** One planned stop. */
    public record VisitView(UUID id, UUID officerId, String staffNumber, UUID taskId, String cellId,
            Instant startsAt, Instant endsAt, boolean locked, String explanation) {
    }
}
