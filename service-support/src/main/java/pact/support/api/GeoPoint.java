package pact.support.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** A WGS84 position, as every service's API takes and returns it. */
public record GeoPoint(
        @NotNull @DecimalMin(value = "-90", message = "must be a latitude between -90 and 90")
        @DecimalMax(value = "90", message = "must be a latitude between -90 and 90") Double lat,
        @NotNull @DecimalMin(value = "-180", message = "must be a longitude between -180 and 180")
        @DecimalMax(value = "180", message = "must be a longitude between -180 and 180") Double lon) {
}
