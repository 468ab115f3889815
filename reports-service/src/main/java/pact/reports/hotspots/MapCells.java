package pact.reports.hotspots;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which cells a map shows. Hotspots: hottest first, down to {@code minConfidence} for Gi* (any
 * cell holding reports for the other methods, or every cell when minConfidence ≤ 0). Cold spots,
 * Gi* only and apart from the hotspots: cells at least as significant the other way (bin ≤
 * −max(1, minConfidence)), coldest first, so that a low-count cluster is never mistaken for a
 * hot one.
 */
public final class MapCells {
    private MapCells() {
    }

    /** Cell numbers of the hotspots and the cold spots, each at most {@code limit} long. */
    public record Chosen(List<Integer> hot, List<Integer> cold) {
    }

    /**
     * @param bins Gi* confidence bins, null for the other methods
     */
    public static Chosen choose(double[] score, double[] counts, int[] bins, int minConfidence, int limit) {
        List<Integer> hot = IntStream.range(0, score.length).boxed()
                .filter(cell -> bins != null ? bins[cell] >= minConfidence : counts[cell] > 0 || minConfidence <= 0)
                .sorted(Comparator.comparingDouble((Integer cell) -> -score[cell])
                        .thenComparingDouble(cell -> -counts[cell]))
                .limit(limit).toList();
        if (bins == null) {
            return new Chosen(hot, List.of());
        }
        int coldest = -Math.max(1, minConfidence);
        List<Integer> cold = IntStream.range(0, score.length).boxed()
                .filter(cell -> bins[cell] <= coldest)
                .sorted(Comparator.comparingDouble((Integer cell) -> score[cell])
                        .thenComparingDouble(cell -> counts[cell]))
                .limit(limit).toList();
        return new Chosen(hot, cold);
    }
}
