package pact.tasking.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The rules of an officer's duty periods and the availability that follows from them. */
public final class DutyRoster {
    /** A stored or proposed period, without the persistence fields. */
    public record Period(DutyKind kind, Instant startsAt, Instant endsAt) {
        boolean overlaps(Period other) {
            return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
        }

        boolean covers(Instant t) {
            return !t.isBefore(startsAt) && t.isBefore(endsAt);
        }
    }

    private DutyRoster() {
    }

    /** Why a new period cannot be added, or empty when it can. */
    public static Optional<String> refusal(List<Period> existing, Period proposed, Duration longestShift) {
        if (!proposed.endsAt().isAfter(proposed.startsAt())) {
            return Optional.of("a period must end after it starts");
        }
        if (proposed.kind() == DutyKind.SHIFT
                && Duration.between(proposed.startsAt(), proposed.endsAt()).compareTo(longestShift) > 0) {
            return Optional.of("a shift may last at most " + longestShift.toHours() + " hours");
        }
        // An officer is on one shift at a time and never on a shift while on leave.
        return existing.stream().filter(p -> p.overlaps(proposed)).findFirst()
                .map(p -> "it overlaps the " + p.kind().name().toLowerCase() + " from " + p.startsAt() + " to "
                        + p.endsAt());
    }

    /** Leave wins over a shift; on a shift, an officer working an in-progress task is on task. */
    public static Availability at(List<Period> periods, boolean workingATask, Instant t) {
        if (periods.stream().anyMatch(p -> p.kind() == DutyKind.LEAVE && p.covers(t))) {
            return Availability.LEAVE;
        }
        if (periods.stream().anyMatch(p -> p.kind() == DutyKind.SHIFT && p.covers(t))) {
            return workingATask ? Availability.ON_TASK : Availability.ON_DUTY;
        }
        return Availability.OFF_DUTY;
    }
}
