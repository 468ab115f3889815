package pact.reports.geo;

import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * WGS84 to and from the British National Grid (EPSG:27700), so that cells, distances and
 * areas are in metres. proj4j's transform is not thread-safe, so each thread gets its own.
 */
public final class BritishNationalGrid {
    private static final CRSFactory FACTORY = new CRSFactory();
    private static final CoordinateReferenceSystem WGS84 = FACTORY.createFromName("EPSG:4326");
    private static final CoordinateReferenceSystem BNG = FACTORY.createFromName("EPSG:27700");
    private static final ThreadLocal<CoordinateTransform> TO_BNG =
            ThreadLocal.withInitial(() -> new BasicCoordinateTransform(WGS84, BNG));
    private static final ThreadLocal<CoordinateTransform> TO_WGS84 =
            ThreadLocal.withInitial(() -> new BasicCoordinateTransform(BNG, WGS84));

    private BritishNationalGrid() {
    }

    /** Easting and northing in metres of a WGS84 position. */
    public static double[] fromWgs84(double lat, double lon) {
        ProjCoordinate out = new ProjCoordinate();
        TO_BNG.get().transform(new ProjCoordinate(lon, lat), out);
        return new double[] {out.x, out.y};
    }

    /** Latitude and longitude of a point on the grid. */
    public static double[] toWgs84(double easting, double northing) {
        ProjCoordinate out = new ProjCoordinate();
        TO_WGS84.get().transform(new ProjCoordinate(easting, northing), out);
        return new double[] {out.y, out.x};
    }
}
