package pact.reports.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import pact.support.geo.BritishNationalGrid;
import pact.support.geo.GridPoint;

/** Reads the named areas of a GeoJSON FeatureCollection into grid-metre JTS geometries. */
final class GeoJsonAreas {
    static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** One named area: a ward, an LSOA, the borough. */
    record Area(String code, String name, Geometry geometry) {
    }

    private GeoJsonAreas() {
    }

    static List<Area> read(String resource, String codeProperty, String nameProperty) {
        try (InputStream in = GeoJsonAreas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Boundary file " + resource + " is missing from the build");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<Area> areas = new ArrayList<>();
            for (JsonNode feature : root.get("features")) {
                JsonNode properties = feature.get("properties");
                areas.add(new Area(properties.get(codeProperty).asText(), properties.get(nameProperty).asText(),
                        geometry(feature.get("geometry"))));
            }
            return areas;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Geometry geometry(JsonNode geometry) {
        String type = geometry.get("type").asText();
        JsonNode coordinates = geometry.get("coordinates");
        return switch (type) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                List<Polygon> parts = new ArrayList<>();
                coordinates.forEach(part -> parts.add(polygon(part)));
                yield GEOMETRY.createMultiPolygon(parts.toArray(Polygon[]::new));
            }
            default -> throw new IllegalArgumentException("Unsupported geometry type " + type);
        };
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            // GeoJSON positions are [longitude, latitude]
            GridPoint grid = BritishNationalGrid.toGrid(positions.get(i).get(1).asDouble(),
                    positions.get(i).get(0).asDouble());
            coordinates[i] = new Coordinate(grid.easting(), grid.northing());
        }
        return GEOMETRY.createLinearRing(coordinates);
    }
}
