package pact.tasking.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import pact.support.geo.BritishNationalGrid;
import pact.support.geo.CellId;
import pact.support.geo.GridPoint;
import pact.support.geo.LatLon;

/** A task's area in British National Grid metres, ready for fast point-in-area tests. */
public final class Area {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final Polygon polygon;
    private final PreparedGeometry prepared;
    private final Envelope envelope;

    private Area(Polygon polygon) {
        this.polygon = polygon;
        this.prepared = PreparedGeometryFactory.prepare(polygon);
        this.envelope = polygon.getEnvelopeInternal();
    }

    /** Builds an area from a GeoJSON polygon's rings of [lon, lat]; throws IllegalArgumentException saying why. */
    public static Area ofLonLatRings(List<List<List<Double>>> rings) {
        if (rings == null || rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon needs at least one ring");
        }
        List<Coordinate> shell = new ArrayList<>();
        for (List<Double> position : rings.get(0)) {
            if (position == null || position.size() < 2 || position.get(0) == null || position.get(1) == null) {
                throw new IllegalArgumentException("each position is [longitude, latitude]");
            }
            double lon = position.get(0);
            double lat = position.get(1);
            if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                throw new IllegalArgumentException(
                        "position [" + lon + ", " + lat + "] is not a longitude/latitude");
            }
            GridPoint grid = BritishNationalGrid.toGrid(lat, lon);
            shell.add(new Coordinate(grid.easting(), grid.northing()));
        }
        if (shell.size() < 4 || !shell.get(0).equals2D(shell.get(shell.size() - 1))) {
            throw new IllegalArgumentException("the outer ring needs at least 4 positions, the last equal to the first");
        }
        Polygon polygon = GEOMETRY.createPolygon(shell.toArray(Coordinate[]::new));
        if (!polygon.isValid()) {
            throw new IllegalArgumentException("the polygon crosses itself");
        }
        return new Area(polygon);
    }

    /** The square grid cell that a cell id names (as reports-service names hotspots), if it is one. */
    public static Optional<Area> ofCellId(String cellId) {
        CellId cell;
        try {
            cell = CellId.parse(cellId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        double size = cell.size();
        double e = cell.minEasting();
        double n = cell.minNorthing();
        return Optional.of(new Area(GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(e, n),
                new Coordinate(e + size, n), new Coordinate(e + size, n + size), new Coordinate(e, n + size),
                new Coordinate(e, n)})));
    }

    /** The outer ring back in [lon, lat], for a cell area given only by its id. */
    public List<List<List<Double>>> lonLatRings() {
        List<List<Double>> ring = new ArrayList<>();
        for (Coordinate c : polygon.getExteriorRing().getCoordinates()) {
            LatLon ll = BritishNationalGrid.toLatLon(c.x, c.y);
            ring.add(List.of(round(ll.lon()), round(ll.lat())));
        }
        return List.of(ring);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }

    public boolean contains(double easting, double northing) {
        if (!envelope.contains(easting, northing)) {
            return false;
        }
        Point p = GEOMETRY.createPoint(new Coordinate(easting, northing));
        return prepared.covers(p);
    }

    public Coordinate centre() {
        return polygon.getCentroid().getCoordinate();
    }

    public double squareMetres() {
        return polygon.getArea();
    }
}
