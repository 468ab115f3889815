package pact.reports.hotspots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How well a map made from one period predicts the next: for the top cells covering a share
 * of the area, the hit rate (share of next period's reports inside them), the Predictive
 * Accuracy Index {@code PAI = (n/N)/(a/A)} and the Predictive Efficiency Index (hit rate over
 * the best hit rate any cells of the same area could have had).
 */
public final class PredictionAccuracy {
    private PredictionAccuracy() {
    }

    /** The figures at one area share. */
    public record AtShare(double areaShare, int cells, long hits, long total, double hitRate, double pai,
            double pei) {
    }

    /**
     * @param score the map's score per cell (higher = hotter); ties broken by the training count
     * @param trainingCounts reports per cell in the training period
     * @param testCounts reports per cell in the test period
     */
    public static AtShare at(double areaShare, double[] score, double[] trainingCounts, double[] testCounts) {
        return at(new double[] {areaShare}, score, trainingCounts, testCounts).get(0);
    }

    /** The figures at several area shares, ranking the cells once. */
    public static List<AtShare> at(double[] areaShares, double[] score, double[] trainingCounts,
            double[] testCounts) {
        int n = score.length;
        Integer[] byScore = IntStream.range(0, n).boxed().sorted(Comparator
                .comparingDouble((Integer i) -> -score[i])
                .thenComparingDouble(i -> -trainingCounts[i])
                .thenComparingInt(i -> i)).toArray(Integer[]::new);
        double[] best = testCounts.clone();
        Arrays.sort(best);
        long total = Math.round(Arrays.stream(testCounts).sum());
        List<AtShare> out = new ArrayList<>();
        for (double areaShare : areaShares) {
            int k = Math.max(1, (int) Math.ceil(areaShare * n));
            long hits = 0;
            long bestHits = 0;
            for (int i = 0; i < k; i++) {
                hits += Math.round(testCounts[byScore[i]]);
                bestHits += Math.round(best[n - 1 - i]);
            }
            double hitRate = total == 0 ? 0 : (double) hits / total;
            double actualShare = (double) k / n;
            double pai = hitRate / actualShare;
            double pei = bestHits == 0 ? 0 : (double) hits / bestHits;
            out.add(new AtShare(actualShare, k, hits, total, hitRate, pai, pei));
        }
        return out;
    }
}
