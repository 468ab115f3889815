package pact.support.geo;

/** A point on the British National Grid (EPSG:27700), in metres east and north of the grid's false origin. */
public record GridPoint(double easting, double northing) {
}
