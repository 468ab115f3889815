package pact.tasking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pact.tasking.domain.PatrolDose.Fix;
import pact.tasking.domain.PatrolDose.Visit;

class PatrolDoseTest {
    static final Instant T0 = Instant.parse("2025-05-01T10:00:00Z");
    static final Duration GAP = Duration.ofMinutes(2);
    /** The area is x < 100. */
    static final PatrolDose.Inside AREA = (e, n) -> e < 100;

    static List<Fix> every10s(int fromSecond, int toSecond, double easting) {
        List<Fix> fixes = new ArrayList<>();
        for (int s = fromSecond; s <= toSecond; s += 10) {
            fixes.add(new Fix(T0.plusSeconds(s), easting, 0));
        }
        return fixes;
    }

    @Test
    void consecutive_check_ins_inside_are_one_visit_lasting_from_the_first_to_the_last() {
        List<Visit> visits = PatrolDose.visits(every10s(0, 600, 50), AREA, GAP);
        assertEquals(List.of(new Visit(T0, T0.plusSeconds(600))), visits);
        assertEquals(Duration.ofMinutes(10), PatrolDose.total(visits));
    }

    @Test
    void a_check_in_outside_ends_the_visit() {
        List<Fix> fixes = new ArrayList<>(every10s(0, 300, 50));
        fixes.addAll(every10s(310, 400, 500));
        fixes.addAll(every10s(410, 530, 50));
        List<Visit> visits = PatrolDose.visits(fixes, AREA, GAP);
        assertEquals(2, visits.size());
        assertEquals(Duration.ofSeconds(300 + 120), PatrolDose.total(visits));
    }

    @Test
    void inside_check_ins_further_apart_than_the_gap_are_separate_visits_and_the_silence_is_not_counted() {
        List<Fix> fixes = new ArrayList<>(every10s(0, 60, 50));
        fixes.addAll(every10s(60 + 121, 300, 50));
        List<Visit> visits = PatrolDose.visits(fixes, AREA, GAP);
        assertEquals(2, visits.size());
        assertEquals(Duration.ofSeconds(60 + (300 - 181) / 10 * 10), PatrolDose.total(visits));
    }

    @Test
    void a_gap_of_exactly_the_limit_keeps_the_visit() {
        List<Fix> fixes = List.of(new Fix(T0, 1, 0), new Fix(T0.plus(GAP), 1, 0));
        assertEquals(List.of(new Visit(T0, T0.plus(GAP))), PatrolDose.visits(fixes, AREA, GAP));
    }

    @Test
    void a_single_check_in_inside_is_a_visit_of_no_minutes() {
        List<Visit> visits = PatrolDose.visits(List.of(new Fix(T0, 500, 0), new Fix(T0.plusSeconds(10), 1, 0),
                new Fix(T0.plusSeconds(20), 500, 0)), AREA, GAP);
        assertEquals(1, visits.size());
        assertEquals(Duration.ZERO, PatrolDose.total(visits));
    }

    @Test
    void walking_through_is_a_pass_not_a_stop() {
        List<Visit> visits = PatrolDose.visits(List.of(new Fix(T0, 1, 0), new Fix(T0.plusSeconds(60), 1, 0),
                new Fix(T0.plusSeconds(70), 500, 0), new Fix(T0.plusSeconds(600), 1, 0),
                new Fix(T0.plusSeconds(720), 1, 0)), AREA, GAP);
        assertEquals(List.of(new Visit(T0.plusSeconds(600), T0.plusSeconds(720))),
                PatrolDose.stops(visits, Duration.ofMinutes(2)));
    }
}
