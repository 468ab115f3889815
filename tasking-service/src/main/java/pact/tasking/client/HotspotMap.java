package pact.tasking.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * reports-service's hotspot map: its method and cell size, the cells, hottest first, the
 * parameters the method used and why it was used ({@code requested} or the back-test's reason).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HotspotMap(String method, int cellSize, List<Hotspot> hotspots, Map<String, Object> parameters,
        String chosenBy) {
}
