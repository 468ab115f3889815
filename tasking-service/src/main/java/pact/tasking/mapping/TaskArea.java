package pact.tasking.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where a task is: a hotspot cell, a polygon, or a cell with its polygon. */
public record TaskArea(
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9:._-]+", message = "may hold only letters, digits and : . _ -")
        String cellId,
        @Valid GeoJsonPolygon polygon) {
}
