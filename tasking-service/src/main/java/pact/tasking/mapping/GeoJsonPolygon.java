package pact.tasking.mapping;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/** A GeoJSON Polygon geometry (RFC 7946): rings of [longitude, latitude], the first the outer ring. */
public record GeoJsonPolygon(
        @NotNull @Pattern(regexp = "Polygon", message = "must be \"Polygon\"") String type,
        @NotNull List<List<List<Double>>> coordinates) {
}
