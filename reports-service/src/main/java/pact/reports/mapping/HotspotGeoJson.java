package pact.reports.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hotspot map as a GeoJSON FeatureCollection (RFC 7946), ready for QGIS, Leaflet or
 * geojson.io: one Feature per cell with its polygon (WGS84 longitude, latitude) and its figures
 * as properties, hotspots first and then any Gi* cold spots ({@code kind} tells them apart).
 * What the map used rides along as foreign members (RFC 7946 §6.1), which GeoJSON readers keep
 * or ignore.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HotspotGeoJson(String type, List<Feature> features, String method, String chosenBy,
        Map<String, Object> parameters, int cellsInArea, long reportsCounted, UsedView used, List<String> notes) {

    public static final String MEDIA_TYPE = "application/geo+json";

    /** One cell. */
    public record Feature(String type, String id, Map<String, Object> geometry, Map<String, Object> properties) {
    }

    public static HotspotGeoJson of(HotspotView.Map_ map) {
        List<Feature> features = new ArrayList<>();
        for (List<HotspotView> cells : List.of(map.hotspots(), map.coldSpots())) {
            for (HotspotView cell : cells) {
                features.add(new Feature("Feature", cell.cellId(), cell.geometry(), properties(cell)));
            }
        }
        return new HotspotGeoJson("FeatureCollection", features, map.method(), map.chosenBy(), map.parameters(),
                map.cellsInArea(), map.reportsCounted(), map.used(), map.notes());
    }

    private static Map<String, Object> properties(HotspotView cell) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("cellId", cell.cellId());
        put(properties, "kind", cell.kind());
        properties.put("count", cell.count());
        properties.put("score", cell.score());
        put(properties, "zScore", cell.zScore());
        put(properties, "pValue", cell.pValue());
        put(properties, "pValueAdjusted", cell.pValueAdjusted());
        put(properties, "confidenceBin", cell.confidenceBin());
        put(properties, "density", cell.density());
        if (cell.ward() != null) {
            properties.put("wardCode", cell.ward().code());
            properties.put("wardName", cell.ward().name());
        }
        properties.put("topTypes", cell.topTypes());
        properties.put("centre", cell.centre());
        return properties;
    }

    private static void put(Map<String, Object> properties, String name, Object value) {
        if (value != null) {
            properties.put(name, value);
        }
    }
}
