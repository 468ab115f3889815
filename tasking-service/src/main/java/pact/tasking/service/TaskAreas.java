package pact.tasking.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import pact.support.problem.ProblemException;
import pact.tasking.domain.Task;
import pact.tasking.geo.Area;
import pact.tasking.mapping.TaskArea;

/** Turns a task's area between its API form, its stored GeoJSON and BNG geometry. */
@ApplicationScoped
public class TaskAreas {
    private static final com.fasterxml.jackson.core.type.TypeReference<List<List<List<Double>>>> RINGS =
            new com.fasterxml.jackson.core.type.TypeReference<>() { };

    @Inject
    ObjectMapper json;

    /** The GeoJSON to store for an API area; a 400 naming the field when it is not a usable area. */
    public String toStoredGeoJson(TaskArea area, String field) {
        if (area.polygon() == null && (area.cellId() == null || area.cellId().isBlank())) {
            throw ProblemException.badField(field, "needs a cellId or a polygon");
        }
        List<List<List<Double>>> rings;
        if (area.polygon() != null) {
            try {
                Area.ofLonLatRings(area.polygon().coordinates());
            } catch (IllegalArgumentException e) {
                throw ProblemException.badField(field + ".polygon.coordinates", e.getMessage());
            }
            rings = area.polygon().coordinates();
        } else {
            rings = Area.ofCellId(area.cellId()).orElseThrow(() -> ProblemException.badField(field + ".cellId",
                    "'" + area.cellId() + "' is not a grid cell name such as 150m-3533-1204; send its polygon"))
                    .lonLatRings();
        }
        try {
            return json.writeValueAsString(Map.of("type", "Polygon", "coordinates", rings));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public JsonNode polygon(Task task) {
        try {
            return json.readTree(task.areaGeoJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored area of task " + task.id + " is not JSON", e);
        }
    }

    public Area area(Task task) {
        try {
            return Area.ofLonLatRings(json.convertValue(polygon(task).get("coordinates"), RINGS));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Stored area of task " + task.id + " is not a polygon", e);
        }
    }
}
