package pact.tasking.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Patrol dose delivered, from one officer's check-ins in time order. A visit is a run of
 * consecutive check-ins inside the area: it ends at the first check-in outside, or when two
 * inside check-ins are more than {@code gap} apart (a lost signal or a device switched off:
 * the time between them is not counted as presence). Its length runs from its first to its
 * last check-in, so dose is never credited beyond what was observed. Visits shorter than a
 * minimum stop are passes (walking through on the way elsewhere): their minutes count as
 * presence, but they are not counted as visits.
 */
public final class PatrolDose {
    /** One check-in in British National Grid metres. */
    public record Fix(Instant at, double easting, double northing) {
    }

    /** A period observed inside the area. */
    public record Visit(Instant start, Instant end) {
        public Duration length() {
            return Duration.between(start, end);
        }
    }

    /** Whether a point is inside the area. */
    @FunctionalInterface
    public interface Inside {
        boolean test(double easting, double northing);
    }

    private PatrolDose() {
    }

    /** The visits in {@code fixes}, which must be one officer's and sorted by time. */
    public static List<Visit> visits(List<Fix> fixes, Inside area, Duration gap) {
        List<Visit> visits = new ArrayList<>();
        Instant start = null;
        Instant last = null;
        for (Fix fix : fixes) {
            boolean inside = area.test(fix.easting(), fix.northing());
            if (inside && last != null && Duration.between(last, fix.at()).compareTo(gap) <= 0) {
                last = fix.at();
                continue;
            }
            if (start != null) {
                visits.add(new Visit(start, last));
            }
            start = inside ? fix.at() : null;
            last = inside ? fix.at() : null;
        }
        if (start != null) {
            visits.add(new Visit(start, last));
        }
        return visits;
    }

    /** The visits long enough to be stops rather than passes. */
    public static List<Visit> stops(List<Visit> visits, Duration minimumStop) {
        return visits.stream().filter(v -> v.length().compareTo(minimumStop) >= 0).toList();
    }

    public static Duration total(List<Visit> visits) {
        return visits.stream().map(Visit::length).reduce(Duration.ZERO, Duration::plus);
    }
}
