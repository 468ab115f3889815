package pact.stack;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

/**
 * The demo's randomness: every draw comes from a seed of a date and a purpose, so the same day
 * always gives the same reports, shift plan and notices. That is what makes a restart
 * reproducible, and lets the APIs' own keys recognise what an earlier start already sent.
 */
final class DemoRandom {
    private DemoRandom() {
    }

    /** SplittableRandom mixes its seed well, so neighbouring days do not give similar draws. */
    static SplittableRandom of(LocalDate day, String purpose) {
        return new SplittableRandom(day.toEpochDay() * 1_000_003L + purpose.hashCode());
    }

    /** An index drawn in proportion to its weight. */
    static int index(double[] weights, RandomGenerator random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double point = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            point -= weights[i];
            if (point < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** An item drawn in proportion to its weight; the list's order must be fixed for the draw to be. */
    static <T> T pick(List<T> items, ToDoubleFunction<T> weight, RandomGenerator random) {
        return items.get(index(items.stream().mapToDouble(weight).toArray(), random));
    }
}
