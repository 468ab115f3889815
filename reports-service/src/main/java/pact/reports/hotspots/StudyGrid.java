package pact.reports.hotspots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Square cells of a fixed size in British National Grid metres over the study area. Only
 * cells the study-area rule admits count (n in the Gi* formula); cells are numbered 0..n-1 and
 * a cell's neighbours are those whose centres lie within the distance band, itself included.
 */
public final class StudyGrid {
    private final double cellSize;
    private final double originX;
    private final double originY;
    private final int columns;
    private final int rows;
    /** grid index (row * columns + column) to cell number, or -1 outside the study area */
    private final int[] cellOf;
    private final int[] columnOf;
    private final int[] rowOf;

    /**
     * @param inArea says whether the cell with this lower-left corner belongs to the study area
     */
    public StudyGrid(double cellSize, double minX, double minY, double maxX, double maxY,
            BiPredicate<Double, Double> inArea) {
        if (!(cellSize > 0)) {
            throw new IllegalArgumentException("cell size must be positive");
        }
        this.cellSize = cellSize;
        this.originX = Math.floor(minX / cellSize) * cellSize;
        this.originY = Math.floor(minY / cellSize) * cellSize;
        this.columns = (int) Math.ceil((maxX - originX) / cellSize);
        this.rows = (int) Math.ceil((maxY - originY) / cellSize);
        this.cellOf = new int[columns * rows];
        Arrays.fill(cellOf, -1);
        List<int[]> cells = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                if (inArea.test(originX + column * cellSize, originY + row * cellSize)) {
                    cellOf[row * columns + column] = cells.size();
                    cells.add(new int[] {column, row});
                }
            }
        }
        columnOf = cells.stream().mapToInt(c -> c[0]).toArray();
        rowOf = cells.stream().mapToInt(c -> c[1]).toArray();
    }

    public int size() {
        return columnOf.length;
    }

    public double cellSize() {
        return cellSize;
    }

    public double originX() {
        return originX;
    }

    public double originY() {
        return originY;
    }

    /** The cell a point falls in, or -1 when it is outside the study area. */
    public int cellAt(double x, double y) {
        int column = (int) Math.floor((x - originX) / cellSize);
        int row = (int) Math.floor((y - originY) / cellSize);
        return cellAtIndex(column, row);
    }

    /** The cell of a grid column and row, or -1. */
    public int cellAtIndex(int column, int row) {
        if (column < 0 || row < 0 || column >= columns || row >= rows) {
            return -1;
        }
        return cellOf[row * columns + column];
    }

    public int column(int cell) {
        return columnOf[cell];
    }

    public int row(int cell) {
        return rowOf[cell];
    }

    public double centreX(int cell) {
        return originX + (columnOf[cell] + 0.5) * cellSize;
    }

    public double centreY(int cell) {
        return originY + (rowOf[cell] + 0.5) * cellSize;
    }

    /** For each cell, the cells whose centres are within {@code band} metres of its centre, itself included. */
    public int[][] neighbours(double band) {
        List<int[]> offsets = new DistanceBand(cellSize, band).offsets();
        int[][] neighbours = new int[size()][];
        int[] buffer = new int[offsets.size()];
        for (int cell = 0; cell < size(); cell++) {
            int count = 0;
            for (int[] offset : offsets) {
                int other = cellAtIndex(columnOf[cell] + offset[0], rowOf[cell] + offset[1]);
                if (other >= 0) {
                    buffer[count++] = other;
                }
            }
            neighbours[cell] = Arrays.copyOf(buffer, count);
        }
        return neighbours;
    }
}
