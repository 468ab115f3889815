package pact.support.geo;

import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * WGS84 to and from the British National Grid (EPSG:27700), so that cells, distances and areas
 * are in metres. The datum shift is proj's seven-parameter Helmert transformation (a few metres
 * from Ordnance Survey's OSTN15, well inside a 150 m cell); the projection itself is exact
 * (see the tests against Ordnance Survey's worked example). Named records in and out, so that
 * latitude and longitude cannot be swapped. proj4j's transforms are not thread-safe, so each
 * thread gets its own.
 */
public final class BritishNationalGrid {
    private static final CRSFactory FACTORY = new CRSFactory();
    private static final CoordinateReferenceSystem WGS84 = FACTORY.createFromName("EPSG:4326");
    private static final CoordinateReferenceSystem OSGB36 = FACTORY.createFromName("EPSG:4277");
    private static final CoordinateReferenceSystem GRID = FACTORY.createFromName("EPSG:27700");
    private static final ThreadLocal<CoordinateTransform> TO_GRID =
            ThreadLocal.withInitial(() -> new BasicCoordinateTransform(WGS84, GRID));
    private static final ThreadLocal<CoordinateTransform> TO_WGS84 =
            ThreadLocal.withInitial(() -> new BasicCoordinateTransform(GRID, WGS84));
    private static final ThreadLocal<CoordinateTransform> OSGB36_TO_GRID =
            ThreadLocal.withInitial(() -> new BasicCoordinateTransform(OSGB36, GRID));
    private static final ThreadLocal<CoordinateTransform> GRID_TO_OSGB36 =
            ThreadLocal.withInitial(() -> new BasicCoordinateTransform(GRID, OSGB36));

    private BritishNationalGrid() {
    }

    /** Where a WGS84 position lies on the grid. */
    public static GridPoint toGrid(double lat, double lon) {
        return transform(TO_GRID.get(), lon, lat);
    }

    public static GridPoint toGrid(LatLon position) {
        return toGrid(position.lat(), position.lon());
    }

    /** The WGS84 position of a point on the grid. */
    public static LatLon toLatLon(double easting, double northing) {
        ProjCoordinate out = new ProjCoordinate();
        TO_WGS84.get().transform(new ProjCoordinate(easting, northing), out);
        return new LatLon(out.y, out.x);
    }

    public static LatLon toLatLon(GridPoint point) {
        return toLatLon(point.easting(), point.northing());
    }

    /** The projection alone, from OSGB36 latitude and longitude (Airy 1830): what Ordnance Survey's worked example checks. */
    static GridPoint projectOsgb36(double lat, double lon) {
        return transform(OSGB36_TO_GRID.get(), lon, lat);
    }

    /** The inverse projection alone, to OSGB36 latitude and longitude. */
    static LatLon unprojectOsgb36(double easting, double northing) {
        ProjCoordinate out = new ProjCoordinate();
        GRID_TO_OSGB36.get().transform(new ProjCoordinate(easting, northing), out);
        return new LatLon(out.y, out.x);
    }

    private static GridPoint transform(CoordinateTransform transform, double x, double y) {
        ProjCoordinate out = new ProjCoordinate();
        transform.transform(new ProjCoordinate(x, y), out);
        return new GridPoint(out.x, out.y);
    }
}
