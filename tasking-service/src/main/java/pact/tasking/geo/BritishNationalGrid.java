package pact.tasking.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * WGS84 longitude/latitude to British National Grid (EPSG:27700) metres, so that distances,
 * areas and travel times are plain Euclidean arithmetic.
 */
public final class BritishNationalGrid {
    private static final CoordinateTransformFactory FACTORY = new CoordinateTransformFactory();
    private static final CRSFactory CRS = new CRSFactory();
    // proj4j transforms are not thread-safe; one per thread is cheap.
    private static final ThreadLocal<CoordinateTransform> TO_BNG = ThreadLocal.withInitial(() -> FACTORY
            .createTransform(CRS.createFromName("EPSG:4326"), CRS.createFromName("EPSG:27700")));
    private static final ThreadLocal<CoordinateTransform> TO_WGS84 = ThreadLocal.withInitial(() -> FACTORY
            .createTransform(CRS.createFromName("EPSG:27700"), CRS.createFromName("EPSG:4326")));

    private BritishNationalGrid() {
    }

    public static Coordinate fromWgs84(double lon, double lat) {
        ProjCoordinate out = new ProjCoordinate();
        TO_BNG.get().transform(new ProjCoordinate(lon, lat), out);
        return new Coordinate(out.x, out.y);
    }

    /** Returns (lon, lat). */
    public static Coordinate toWgs84(double easting, double northing) {
        ProjCoordinate out = new ProjCoordinate();
        TO_WGS84.get().transform(new ProjCoordinate(easting, northing), out);
        return new Coordinate(out.x, out.y);
    }
}
