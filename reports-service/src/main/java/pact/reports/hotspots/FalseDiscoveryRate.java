package pact.reports.hotspots;

import java.util.Arrays;

/**
 * Benjamini-Hochberg control of the false discovery rate over all cells, so that testing a
 * thousand cells at once does not paint chance clusters as hotspots. Confidence bins follow the
 * usual hotspot-map convention: ±3 at 99%, ±2 at 95%, ±1 at 90%, 0 not significant.
 */
public final class FalseDiscoveryRate {
    static final double[] LEVELS = {0.01, 0.05, 0.10};
    static final int[] BINS = {3, 2, 1};

    private FalseDiscoveryRate() {
    }

    /** The largest p-value still significant at level {@code alpha}, or -1 when none is. */
    static double threshold(double[] pValues, double alpha) {
        double[] sorted = pValues.clone();
        Arrays.sort(sorted);
        int m = sorted.length;
        double threshold = -1;
        for (int k = 1; k <= m; k++) {
            if (sorted[k - 1] <= (double) k / m * alpha) {
                threshold = sorted[k - 1];
            }
        }
        return threshold;
    }

    /**
     * Benjamini-Hochberg adjusted p-values (q-values): {@code q(k) = min over j >= k of m/j·p(j)}
     * in ascending order of p, capped at 1. A cell is significant at FDR level α exactly when its
     * q ≤ α, so these agree with {@link #confidenceBins}.
     */
    public static double[] adjusted(double[] pValues) {
        int m = pValues.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(pValues[a], pValues[b]));
        double[] q = new double[m];
        double running = 1;
        for (int k = m; k >= 1; k--) {
            int cell = order[k - 1];
            running = Math.min(running, pValues[cell] * m / k);
            q[cell] = running;
        }
        return q;
    }

    /** The signed confidence bin of each cell, from its z-score and FDR-corrected significance. */
    public static int[] confidenceBins(double[] z, double[] pValues) {
        double[] thresholds = new double[LEVELS.length];
        for (int level = 0; level < LEVELS.length; level++) {
            thresholds[level] = threshold(pValues, LEVELS[level]);
        }
        int[] bins = new int[z.length];
        for (int i = 0; i < z.length; i++) {
            for (int level = 0; level < LEVELS.length; level++) {
                if (thresholds[level] >= 0 && pValues[i] <= thresholds[level]) {
                    bins[i] = (int) Math.signum(z[i]) * BINS[level];
                    break;
                }
            }
        }
        return bins;
    }
}
