package pact.tasking.mapping;

import java.time.Instant;
import java.util.UUID;
import pact.tasking.domain.DutyKind;
import pact.tasking.domain.DutyPeriod;

/** A rostered shift or leave. */
public record DutyPeriodView(UUID id, UUID officerId, DutyKind kind, Instant startsAt, Instant endsAt) {
    public static DutyPeriodView of(DutyPeriod p) {
        return new DutyPeriodView(p.id, p.officerId, p.kind, p.startsAt, p.endsAt);
    }
}
