package pact.tasking.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Operational settings of tasking (not statutory limits), overridable per deployment. */
@ConfigMapping(prefix = "pact.tasking")
public interface TaskingConfig {
    /** Longest shift that can be rostered. */
    @WithDefault("PT12H")
    Duration longestShift();

    /** Most ids a bulk read takes in one call. */
    @WithDefault("200")
    int maxBulkIds();

    Dose dose();

    Plan plan();

    /** How check-ins become patrol dose. */
    interface Dose {
        /** Two inside check-ins further apart than this are separate visits (the time between is not counted). */
        @WithDefault("PT2M")
        Duration visitGap();

        /**
         * A shorter visit is a pass on the way elsewhere: its minutes count, but not as a visit.
         * Crossing a 150 m cell on foot, even corner to corner, takes under 3 minutes.
         */
        @WithDefault("PT3M")
        Duration minimumStop();

        /** Check-ins with a worse reported accuracy are stored but do not count towards dose. */
        @WithDefault("50")
        double worstAccuracyMetres();

        /** How far in the future a device clock may be before a check-in is refused. */
        @WithDefault("PT5M")
        Duration clockSkew();

        @WithDefault("1000")
        int maxBatch();

        /** Longest range a dose summary covers (a week, with a day of slack for shifts crossing midnight). */
        @WithDefault("P8D")
        Duration longestRange();
    }

    /** The patrol plan's rules (Koper curve: 10-15 minute stops, revisits at least every 2 hours). */
    interface Plan {
        @WithDefault("PT10M")
        Duration shortestDwell();

        @WithDefault("PT15M")
        Duration longestDwell();

        @WithDefault("PT2H")
        Duration revisitWithin();

        @WithDefault("5")
        double walkingKmh();

        @WithDefault("15")
        double cyclingKmh();

        /** Streets are not straight lines: crow-flies distance times this. */
        @WithDefault("1.3")
        double detourFactor();

        @WithDefault("PT12H")
        Duration longestPlan();
    }
}
