package pact.reports.trigger;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The transaction-scoped locks an intake takes before it opens or joins a case review. Two intakes
 * wait for each other only when they could meet the same review: a victim's by the same victim, a
 * place's within the radius of each other. One lock for all reviews of a kind made every intake at a
 * busy place wait for every other, commit included (before this, the intake benchmark measured 255
 * reports a second at 16 connections with a median of 62 ms, while the service used under a third
 * of the two cores).
 */
final class ReviewLocks {
    private ReviewLocks() {
    }

    /**
     * Takes the locks in one statement, in the same order in every transaction, so that two intakes
     * never hold one each while waiting for the other's.
     */
    static void takeFor(EntityManager em, CaseReview.Kind kind, String victimKey, Double easting, Double northing,
            double radius) {
        Set<String> keys = keys(kind, victimKey, easting, northing, radius);
        if (keys.isEmpty()) {
            return;
        }
        em.createNativeQuery("SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) FROM "
                + "(SELECT k FROM unnest(string_to_array(:keys, ' ')) AS k ORDER BY k) AS ordered")
                .setParameter("keys", String.join(" ", keys)).getSingleResult();
    }

    /**
     * A victim's review is keyed by the victim. A place's by blocks of a grid of squares twice the
     * radius wide: the square the point is in and, on each axis, the neighbour on its nearer side (at
     * most four). Two points within the radius of each other always share one: on each axis they lie
     * in the same square, or in neighbours with each in the half nearer the other.
     */
    static Set<String> keys(CaseReview.Kind kind, String victimKey, Double easting, Double northing, double radius) {
        Set<String> keys = new TreeSet<>();
        if (kind == CaseReview.Kind.VICTIM) {
            if (victimKey != null) {
                keys.add("case-review:VICTIM:" + victimKey);
            }
            return keys;
        }
        if (easting == null || northing == null) {
            return keys;
        }
        double side = 2 * radius;
        for (long x : nearest(easting, side)) {
            for (long y : nearest(northing, side)) {
                keys.add("case-review:" + kind + ":" + x + ":" + y);
            }
        }
        return keys;
    }

    /** The square a coordinate is in, and its neighbour on the nearer side. */
    private static List<Long> nearest(double coordinate, double side) {
        long square = (long) Math.floor(coordinate / side);
        boolean lowerHalf = coordinate - square * side < side / 2;
        return List.of(square, lowerHalf ? square - 1 : square + 1);
    }
}
