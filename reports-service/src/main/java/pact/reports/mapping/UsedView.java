package pact.reports.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * What a hotspot answer used, echoed whole so that two maps can be told apart and reproduced:
 * the window (or training and test windows), the filters, the method and why, the grid, the Gi*
 * band with the neighbours it reaches, the kernel bandwidth, how significance was judged and the
 * study-area rule. Null window bounds and filters mean "unbounded" and "any".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UsedView(Window window, Window trainingWindow, Window testWindow, Filters filters, String method,
        String chosenBy, List<String> methods, int cellSize, double band, Neighbours neighbours, double bandwidth,
        Significance significance, Area studyArea) {

    /** [from, to): from inclusive, to exclusive; null is unbounded. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Window(Instant from, Instant to) {
    }

    /** The filters; an empty category list and a null qualifier or source mean any. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Filters(List<String> category, String qualifier, String source) {
    }

    /** Which cells the Gi* distance band makes a cell's neighbours. */
    public record Neighbours(int cellsAround, boolean diagonals, String description) {
    }

    /** How the Gi* p-values were corrected for testing every cell at once. */
    public record Significance(String pValueCorrection, String pValueAdjusted, String confidenceBin) {
    }

    /** The study area: which cells count (n of Gi*, A of PAI). */
    public record Area(String rule, double bufferMetres, int cells, String description) {
    }

    /** The same, judged on a training window and a test window instead of one window. */
    public UsedView withWindows(Window training, Window test) {
        return new UsedView(null, training, test, filters, method, chosenBy, methods, cellSize, band, neighbours,
                bandwidth, significance, studyArea);
    }

    /** The same, for several methods at once (the back-test). */
    public UsedView withMethods(List<String> all) {
        return new UsedView(window, trainingWindow, testWindow, filters, method, chosenBy, all, cellSize, band,
                neighbours, bandwidth, significance, studyArea);
    }
}
