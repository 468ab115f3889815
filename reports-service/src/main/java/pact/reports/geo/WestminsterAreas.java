package pact.reports.geo;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import pact.support.geo.BritishNationalGrid;
import pact.support.geo.GridPoint;

/**
 * Places a WGS84 position in Westminster: its current (2022) ward and its LSOA (2011, the
 * vintage police.uk used), or says it is outside the borough. The published boundaries are
 * generalised, so a point within {@link #EDGE_TOLERANCE_M} of a ward counts as in it.
 */
public final class WestminsterAreas {
    /** How far outside the generalised boundary a point may fall and still be placed, in metres. */
    public static final double EDGE_TOLERANCE_M = 30;

    private static final WestminsterAreas INSTANCE = new WestminsterAreas();

    /** Where a position falls. Ward and LSOA are null when it is outside Westminster. */
    public record Placement(double easting, double northing, boolean insideWestminster, String wardCode,
            String wardName, String lsoaCode, String lsoaName) {
    }

    private record Indexed(GeoJsonAreas.Area area, PreparedGeometry prepared) {
    }

    private final List<Indexed> wards;
    private final STRtree lsoaIndex = new STRtree();
    private final Geometry borough;

    private WestminsterAreas() {
        wards = GeoJsonAreas.read("/boundaries/westminster-wards-2022-WD22.geojson", "WD22CD", "WD22NM").stream()
                .map(a -> new Indexed(a, PreparedGeometryFactory.prepare(a.geometry()))).toList();
        for (GeoJsonAreas.Area lsoa : GeoJsonAreas.read("/boundaries/westminster-lsoa-2011.geojson", "LSOA11CD",
                "LSOA11NM")) {
            lsoaIndex.insert(lsoa.geometry().getEnvelopeInternal(),
                    new Indexed(lsoa, PreparedGeometryFactory.prepare(lsoa.geometry())));
        }
        lsoaIndex.build();
        borough = GeoJsonAreas.GEOMETRY.buildGeometry(wards.stream().map(w -> w.area().geometry()).toList()).union();
    }

    public static WestminsterAreas get() {
        return INSTANCE;
    }

    /** The borough as one geometry in grid metres (the union of its wards). */
    public Geometry borough() {
        return borough;
    }

    public Placement place(double lat, double lon) {
        GridPoint grid = BritishNationalGrid.toGrid(lat, lon);
        Point point = GeoJsonAreas.GEOMETRY.createPoint(new Coordinate(grid.easting(), grid.northing()));
        Optional<Indexed> ward = containing(wards, point);
        if (ward.isEmpty()) {
            ward = nearestWithin(wards, point);
        }
        if (ward.isEmpty()) {
            return new Placement(grid.easting(), grid.northing(), false, null, null, null, null);
        }
        @SuppressWarnings("unchecked")
        List<Indexed> lsoas = lsoaIndex.query(expanded(point.getEnvelopeInternal()));
        Optional<Indexed> lsoa = containing(lsoas, point).or(() -> nearestWithin(lsoas, point));
        return new Placement(grid.easting(), grid.northing(), true, ward.get().area().code(), ward.get().area().name(),
                lsoa.map(l -> l.area().code()).orElse(null), lsoa.map(l -> l.area().name()).orElse(null));
    }

    private static Optional<Indexed> containing(List<Indexed> areas, Point point) {
        return areas.stream().filter(a -> a.prepared().covers(point)).findFirst();
    }

    private static Optional<Indexed> nearestWithin(List<Indexed> areas, Point point) {
        return areas.stream()
                .filter(a -> a.area().geometry().isWithinDistance(point, EDGE_TOLERANCE_M))
                .min(Comparator.comparingDouble(a -> a.area().geometry().distance(point)));
    }

    private static Envelope expanded(Envelope envelope) {
        Envelope copy = new Envelope(envelope);
        copy.expandBy(EDGE_TOLERANCE_M);
        return copy;
    }
}
