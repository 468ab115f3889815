package pact.support.geo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A grid cell's stable name: size and absolute British National Grid indices, such as
 * {@code 150m-3533-1204} for the 150 m cell whose south-west corner is at E 529 950, N 180 600.
 * Hotspots are named so by reports-service and tasks are placed on them by tasking-service.
 */
public record CellId(int size, long column, long row) {
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,5})m-(\\d{1,7})-(\\d{1,7})");
    /** The grid covers Great Britain: 700 km east, 1,300 km north of its false origin. */
    static final double MAX_EASTING = 700_000;
    static final double MAX_NORTHING = 1_300_000;

    public static CellId containing(int size, double easting, double northing) {
        return new CellId(size, (long) Math.floor(easting / size), (long) Math.floor(northing / size));
    }

    public static CellId containing(int size, GridPoint point) {
        return containing(size, point.easting(), point.northing());
    }

    /** Parses a cell id, or throws IllegalArgumentException saying what is wrong. */
    public static CellId parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a cell id such as 150m-3533-1204");
        }
        CellId cell = new CellId(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
        if (cell.size < 1 || cell.minEasting() > MAX_EASTING || cell.minNorthing() > MAX_NORTHING) {
            throw new IllegalArgumentException("'" + text + "' is not a cell of the British National Grid");
        }
        return cell;
    }

    public double minEasting() {
        return (double) column * size;
    }

    public double minNorthing() {
        return (double) row * size;
    }

    public GridPoint centre() {
        return new GridPoint(minEasting() + size / 2.0, minNorthing() + size / 2.0);
    }

    @Override
    public String toString() {
        return size + "m-" + column + "-" + row;
    }
}
