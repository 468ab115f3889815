package pact.tasking.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A hotspot cell as reports-service returns it: its name ({@code 150m-<column>-<row>}), GeoJSON
 * polygon, report count and Getis-Ord Gi* z-score (absent for the density and count methods).
 */
@JsonIgnoreProperties(ignoreUnknown = true) // reports-service sends more (p, bin, ward, top types) than tasking needs
public record Hotspot(String cellId, Geometry geometry, long count, Double zScore) {

    /** A GeoJSON geometry; only Polygon is usable as a task area. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Geometry(String type, List<List<List<Double>>> coordinates) {
    }
}
