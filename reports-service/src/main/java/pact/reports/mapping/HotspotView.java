package pact.reports.mapping;

import pact.support.api.GeoPoint;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** One cell of a hotspot map. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HotspotView(String cellId, Map<String, Object> geometry, GeoPoint centre, long count,
        Double zScore, Double pValue, Integer confidenceBin, Double density, ReportView.Area ward,
        List<TypeCount> topTypes) {

    /** How many reports of one category a cell holds. */
    public record TypeCount(String category, long count) {
    }

    /**
     * The map as a whole: its method, the parameters that method used, why it was used (asked for,
     * or the rolling back-test's winner when no method was asked for) and the cells, hottest first.
     */
    public record Map_(String method, int cellSize, double distanceBand, Double bandwidth, int cellsInArea,
            long reportsCounted, List<HotspotView> hotspots, Map<String, Object> parameters, String chosenBy) {
    }
}
