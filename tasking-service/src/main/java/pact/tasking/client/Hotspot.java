package pact.tasking.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A hotspot cell as reports-service returns it: its Getis-Ord Gi* z-score and report count. */
@JsonIgnoreProperties(ignoreUnknown = true) // another service may add fields without breaking this one
public record Hotspot(String cellId, Geometry geometry, int count, double zScore) {

    /** A GeoJSON geometry; only Polygon is usable as a task area. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Geometry(String type, List<List<List<Double>>> coordinates) {
    }
}
