package pact.support.geo;

/** A WGS84 position in decimal degrees, latitude first, as people write it. */
public record LatLon(double lat, double lon) {
}
