package pact.reports.trigger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ReviewLocksTest {
    static final double RADIUS = 50;

    static Set<String> place(double easting, double northing) {
        return ReviewLocks.keys(CaseReview.Kind.LOCATION, null, easting, northing, RADIUS);
    }

    @Test
    void two_places_within_the_radius_always_share_a_lock() {
        Random random = new Random(20261203);
        for (int i = 0; i < 200_000; i++) {
            double e = 527_000 + random.nextDouble() * 3000;
            double n = 178_000 + random.nextDouble() * 3000;
            double angle = random.nextDouble() * 2 * Math.PI;
            double distance = RADIUS * Math.sqrt(random.nextDouble());
            Set<String> shared = new TreeSet<>(place(e, n));
            shared.retainAll(place(e + distance * Math.cos(angle), n + distance * Math.sin(angle)));
            assertFalse(shared.isEmpty(), "no shared lock for points " + distance + " m apart at " + e + ", " + n);
        }
    }

    @Test
    void points_on_the_edges_of_the_grid_share_a_lock_too() {
        // a point on a square's edge, and one exactly the radius away on either side
        for (double e : new double[] {527_000, 527_050, 527_100, 527_099.999}) {
            Set<String> here = place(e, 178_000);
            for (double other : new double[] {e - RADIUS, e + RADIUS}) {
                Set<String> shared = new TreeSet<>(here);
                shared.retainAll(place(other, 178_000));
                assertFalse(shared.isEmpty(), e + " and " + other);
            }
        }
    }

    @Test
    void places_far_apart_do_not_wait_for_each_other() {
        Set<String> shared = new TreeSet<>(place(527_000, 178_000));
        shared.retainAll(place(527_000 + 4 * RADIUS, 178_000));
        assertTrue(shared.isEmpty());
        assertEquals(4, place(527_010, 178_090).size());
    }

    @Test
    void a_victim_review_is_locked_by_its_victim_and_a_review_without_a_place_needs_no_lock() {
        assertEquals(Set.of("case-review:VICTIM:abc"), ReviewLocks.keys(CaseReview.Kind.VICTIM, "abc", 1.0, 2.0, RADIUS));
        assertTrue(ReviewLocks.keys(CaseReview.Kind.VICTIM, null, 1.0, 2.0, RADIUS).isEmpty());
        assertTrue(ReviewLocks.keys(CaseReview.Kind.HATE_INCIDENT, "abc", null, null, RADIUS).isEmpty());
    }
}
