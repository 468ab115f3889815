package pact.tasking.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** reports-service's hotspot map: its method and cell size, and the cells, hottest first. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HotspotMap(String method, int cellSize, List<Hotspot> hotspots) {
}
