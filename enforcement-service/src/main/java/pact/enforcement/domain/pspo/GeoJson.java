package pact.enforcement.domain.pspo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Reads GeoJSON areas (Polygon, MultiPolygon, Feature, FeatureCollection) into JTS geometry in
 * WGS84 lon/lat; jts-core has no GeoJSON reader and the areas need nothing more.
 */
public final class GeoJson {
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private GeoJson() {
    }

    public static Geometry read(JsonNode node) {
        String type = node.path("type").asText();
        return switch (type) {
            case "FeatureCollection" -> {
                List<Geometry> parts = new ArrayList<>();
                node.path("features").forEach(f -> parts.add(read(f)));
                if (parts.isEmpty()) {
                    throw new IllegalArgumentException("a FeatureCollection with no features");
                }
                yield FACTORY.buildGeometry(parts).union();
            }
            case "Feature" -> read(node.path("geometry"));
            case "Polygon" -> polygon(node.path("coordinates"));
            case "MultiPolygon" -> {
                List<Polygon> polygons = new ArrayList<>();
                node.path("coordinates").forEach(p -> polygons.add(polygon(p)));
                yield FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
            }
            default -> throw new IllegalArgumentException("'" + type + "' is not a GeoJSON Polygon, MultiPolygon, "
                    + "Feature or FeatureCollection");
        };
    }

    static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("a Polygon needs at least one ring");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        Polygon polygon = FACTORY.createPolygon(shell, holes);
        if (!polygon.isValid()) {
            throw new IllegalArgumentException("the polygon is not valid (self-intersecting or badly wound)");
        }
        return polygon;
    }

    static LinearRing ring(JsonNode positions) {
        List<Coordinate> coordinates = new ArrayList<>();
        for (JsonNode position : positions) {
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                throw new IllegalArgumentException("a position must be [longitude, latitude]");
            }
            double lon = position.get(0).asDouble();
            double lat = position.get(1).asDouble();
            if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                throw new IllegalArgumentException("position " + position + " is not WGS84 [longitude, latitude]");
            }
            coordinates.add(new Coordinate(lon, lat));
        }
        if (coordinates.size() < 4 || !coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1))) {
            throw new IllegalArgumentException("a ring needs at least 4 positions and must end where it starts");
        }
        return FACTORY.createLinearRing(coordinates.toArray(Coordinate[]::new));
    }
}
