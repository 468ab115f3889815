package pact.reports.hotspots;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A grid cell's stable name: size and absolute British National Grid indices, such as
 * {@code 150m-3533-1204} for the 150 m cell whose lower-left corner is at E 529 950, N 180 600.
 */
public record CellId(int size, long column, long row) {
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,5})m-(\\d{1,7})-(\\d{1,7})");

    public static CellId containing(int size, double easting, double northing) {
        return new CellId(size, (long) Math.floor(easting / size), (long) Math.floor(northing / size));
    }

    /** Parses a cell id, or throws IllegalArgumentException saying what is wrong. */
    public static CellId parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a cell id such as 150m-3533-1204");
        }
        return new CellId(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
    }

    public double minEasting() {
        return (double) column * size;
    }

    public double minNorthing() {
        return (double) row * size;
    }

    @Override
    public String toString() {
        return size + "m-" + column + "-" + row;
    }
}
