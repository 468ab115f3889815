package pact.reports.hotspots;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prospective hotspotting for next month's map: a blend of the cell's recency-weighted monthly
 * count, the same smoothed over its neighbours with a quartic kernel, and its long-run monthly
 * mean, {@code score = r·recent + s·smoothed + l·longRun} with {@code r + s + l = 1}. Recent
 * reports say more about next month than old ones (Bowers, Johnson and Pease 2004), and
 * neighbours share risk; the long-run mean alone ranks cells exactly as plain counts do, so the
 * blend can fall back to counts. The half-life and the three weights are chosen by back-testing
 * on the months before the forecast month only ({@link Tuner}).
 */
public final class ProspectiveForecast {
    static final double[] HALF_LIVES = {0.5, 1, 2, 4};
    static final double[] WEIGHTS = {0, 0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 1};
    /** Parameters that rank cells exactly as plain counts do: used when there is nothing to tune on. */
    public static final Parameters COUNTS_ALIKE = new Parameters(1, 0, 0, 1);

    private ProspectiveForecast() {
    }

    /** The forecast's parameters: recency half-life in months and the three blend weights. */
    public record Parameters(double halfLifeMonths, double recent, double smoothed, double longRun) {
        public Map<String, Object> describe(double bandwidth) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("halfLifeMonths", halfLifeMonths);
            out.put("recentWeight", recent);
            out.put("smoothedWeight", smoothed);
            out.put("longRunWeight", longRun);
            out.put("bandwidth", bandwidth);
            return out;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "half-life %s months, recent %.2f, smoothed %.2f, long-run %.2f",
                    halfLifeMonths, recent, smoothed, longRun);
        }
    }

    /** For each cell, its neighbours within the bandwidth (itself included) and quartic weights summing to 1. */
    public record Kernel(int[][] cells, double[][] weights) {
        public static Kernel quartic(StudyGrid grid, double bandwidth) {
            int[][] near = grid.neighbours(bandwidth);
            double h2 = bandwidth * bandwidth;
            double[][] weights = new double[near.length][];
            for (int cell = 0; cell < near.length; cell++) {
                weights[cell] = new double[near[cell].length];
                double sum = 0;
                for (int k = 0; k < near[cell].length; k++) {
                    double dx = grid.centreX(near[cell][k]) - grid.centreX(cell);
                    double dy = grid.centreY(near[cell][k]) - grid.centreY(cell);
                    double u = Math.max(0, 1 - (dx * dx + dy * dy) / h2);
                    weights[cell][k] = u * u;
                    sum += u * u;
                }
                for (int k = 0; k < weights[cell].length; k++) {
                    weights[cell][k] /= sum;
                }
            }
            return new Kernel(near, weights);
        }
    }

    /** Every parameter set the tuner tries, the counts-alike one first so that it wins ties. */
    public static List<Parameters> candidates() {
        List<Parameters> out = new ArrayList<>();
        out.add(COUNTS_ALIKE);
        for (double halfLife : HALF_LIVES) {
            for (double r : WEIGHTS) {
                for (double s : WEIGHTS) {
                    if ((r == 0 && s == 0) || r + s > 1 + 1e-9) {
                        continue; // long-run only is listed once, first; the weights must sum to 1
                    }
                    out.add(new Parameters(halfLife, r, s, Math.round(Math.max(0, 1 - r - s) * 100) / 100.0));
                }
            }
        }
        return out;
    }

    /**
     * Scores per cell for month {@code end} from months {@code [0, end)}.
     *
     * @param counts {@code counts[month][cell]}, oldest first
     */
    public static double[] score(double[][] counts, int end, Kernel kernel, Parameters p) {
        int cells = counts[0].length;
        double[] recent = new double[cells];
        double[] longRun = new double[cells];
        double weightSum = 0;
        for (int month = 0; month < end; month++) {
            double w = Math.pow(2, -(end - 1 - month) / p.halfLifeMonths());
            weightSum += w;
            for (int cell = 0; cell < cells; cell++) {
                recent[cell] += w * counts[month][cell];
                longRun[cell] += counts[month][cell];
            }
        }
        double[] score = new double[cells];
        for (int cell = 0; cell < cells; cell++) {
            recent[cell] /= weightSum;
            longRun[cell] /= end;
        }
        for (int cell = 0; cell < cells; cell++) {
            double smoothed = 0;
            if (p.smoothed() > 0) {
                for (int k = 0; k < kernel.cells()[cell].length; k++) {
                    smoothed += kernel.weights()[cell][k] * recent[kernel.cells()[cell][k]];
                }
            }
            score[cell] = p.recent() * recent[cell] + p.smoothed() * smoothed + p.longRun() * longRun[cell];
        }
        return score;
    }

    /** A forecast with the parameters it used and how many earlier months chose them. */
    public record Tuned(double[] score, Parameters parameters, int monthsTunedOn) {
    }

    /**
     * Chooses parameters for month {@code end} by a back-test nested inside the months before it:
     * each candidate forecasts every month j in [1, end) from months [0, j). A candidate is
     * dropped if it fell more than {@link RollingBackTest#TOLERATED_SHORTFALL} below the
     * counts-alike forecast in any of those months at any area share; of the rest, the one whose
     * mean PEI gain over counts is largest at its weakest share wins (the earliest on a tie, so
     * counts-alike when nothing gains). This is the acceptance rule of the rolling back-test,
     * applied to the past. The month being forecast is never looked at. Results per candidate and
     * month are kept, so a rolling back-test over all months costs one evaluation per candidate
     * and month.
     */
    public static final class Tuner {
        private final double[][] counts;
        private final Kernel kernel;
        private final double[] shares;
        private final List<Parameters> candidates = candidates();
        private final double[][][] pei;

        public Tuner(double[][] counts, Kernel kernel, double[] shares) {
            this.counts = counts;
            this.kernel = kernel;
            this.shares = shares;
            this.pei = new double[counts.length][][];
        }

        public Tuned forecast(int end) {
            if (end < 2) {
                return new Tuned(score(counts, end, kernel, COUNTS_ALIKE), COUNTS_ALIKE, 0);
            }
            int best = 0;
            double bestValue = 0; // the counts-alike candidate's gain over itself
            for (int c = 1; c < candidates.size(); c++) {
                double value = worstShareGain(c, end);
                if (value > bestValue + 1e-12) {
                    bestValue = value;
                    best = c;
                }
            }
            Parameters chosen = candidates.get(best);
            return new Tuned(score(counts, end, kernel, chosen), chosen, end - 1);
        }

        /**
         * The candidate's mean PEI gain over counts on months [1, end) at its weakest area share,
         * or minus infinity if it fell more than the tolerated shortfall below counts in any month.
         */
        private double worstShareGain(int c, int end) {
            double worst = Double.POSITIVE_INFINITY;
            for (int s = 0; s < shares.length; s++) {
                double gain = 0;
                for (int month = 1; month < end; month++) {
                    double difference = peiOf(month)[c][s] - peiOf(month)[0][s];
                    if (difference < -RollingBackTest.TOLERATED_SHORTFALL) {
                        return Double.NEGATIVE_INFINITY;
                    }
                    gain += difference;
                }
                worst = Math.min(worst, gain / (end - 1));
            }
            return worst;
        }

        private double[][] peiOf(int month) {
            if (pei[month] == null) {
                double[] training = new double[counts[0].length];
                for (int m = 0; m < month; m++) {
                    for (int cell = 0; cell < training.length; cell++) {
                        training[cell] += counts[m][cell];
                    }
                }
                double[][] values = new double[candidates.size()][shares.length];
                for (int c = 0; c < values.length; c++) {
                    double[] score = score(counts, month, kernel, candidates.get(c));
                    List<PredictionAccuracy.AtShare> results = PredictionAccuracy.at(shares, score, training,
                            counts[month]);
                    for (int s = 0; s < shares.length; s++) {
                        values[c][s] = results.get(s).pei();
                    }
                }
                pei[month] = values;
            }
            return pei[month];
        }
    }
}
