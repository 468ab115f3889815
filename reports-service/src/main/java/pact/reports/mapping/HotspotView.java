package pact.reports.mapping;

import pact.support.api.GeoPoint;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One cell of a hotspot map. For Gi*: {@code kind} (HOT, COLD or NOT_SIGNIFICANT by the
 * FDR-corrected bin), {@code pValue} uncorrected and {@code pValueAdjusted} by Benjamini-Hochberg;
 * {@code score} is what the cells were ranked by (z, density, count or forecast).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HotspotView(String cellId, Map<String, Object> geometry, GeoPoint centre, long count,
        Double zScore, Double pValue, Integer confidenceBin, Double density, ReportView.Area ward,
        List<TypeCount> topTypes, String kind, Double pValueAdjusted, double score) {

    /** How many reports of one category a cell holds. */
    public record TypeCount(String category, long count) {
    }

    /**
     * The map as a whole: its method, the parameters that method used, why it was used (asked for,
     * or the rolling back-test's winner when no method was asked for), the cells, hottest first, the
     * Gi* cold spots apart (coldest first), everything it used, and notes on what the filters missed.
     */
    public record Map_(String method, int cellSize, double distanceBand, Double bandwidth, int cellsInArea,
            long reportsCounted, List<HotspotView> hotspots, Map<String, Object> parameters, String chosenBy,
            List<HotspotView> coldSpots, UsedView used, List<String> notes) {
    }
}
