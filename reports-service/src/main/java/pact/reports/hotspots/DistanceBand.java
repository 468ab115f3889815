package pact.reports.hotspots;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Gi* distance band on a square grid: the cells whose centres lie within {@code metres} of a
 * cell's centre, the cell itself included. Said in words too, because whether a band reaches the
 * diagonal neighbours turns on a tenth of a metre (the diagonal of a 150 m cell is 212.13 m).
 */
public record DistanceBand(double cellSize, double metres) {
    /** Room for floating point: a band of exactly the diagonal includes the diagonal. */
    static final double TOLERANCE = 1e-9;

    /** Column and row offsets of the cells the band reaches, {0, 0} (the cell itself) included. */
    public List<int[]> offsets() {
        int reach = (int) Math.floor(metres / cellSize);
        List<int[]> offsets = new ArrayList<>();
        for (int dy = -reach; dy <= reach; dy++) {
            for (int dx = -reach; dx <= reach; dx++) {
                if (Math.hypot(dx * cellSize, dy * cellSize) <= metres + TOLERANCE) {
                    offsets.add(new int[] {dx, dy});
                }
            }
        }
        return offsets;
    }

    /** How many cells around a cell the band reaches (away from the study area's edge), itself not counted. */
    public int cellsAround() {
        return offsets().size() - 1;
    }

    public double diagonal() {
        return cellSize * Math.sqrt(2);
    }

    /** Whether the four diagonal (bishop's move) neighbours are in. */
    public boolean includesDiagonals() {
        return diagonal() <= metres + TOLERANCE;
    }

    /** Such as "the 8 cells around each cell (rook and bishop), and the cell itself: band 212.2 m >= the 150 m cell diagonal 212.1 m". */
    public String describe() {
        int around = cellsAround();
        String which = around == 4 ? " (rook: sides only)" : around == 8 ? " (rook and bishop)" : "";
        String comparison = includesDiagonals()
                ? "band " + metres(metres) + " >= the " + metres(cellSize) + " cell diagonal " + metres(diagonal())
                : "band " + metres(metres) + " < the " + metres(cellSize) + " cell diagonal " + metres(diagonal())
                        + ", so diagonal neighbours are left out";
        return "the " + around + " cells around each cell" + which + ", and the cell itself: " + comparison;
    }

    /** Metres to a tenth, rounded down so that a band just short of the diagonal never reads as equal to it. */
    private static String metres(double value) {
        double tenths = Math.floor(value * 10 + 1e-6) / 10;
        return (tenths == Math.rint(tenths) ? String.valueOf((long) tenths)
                : String.format(Locale.ROOT, "%.1f", tenths)) + " m";
    }
}
