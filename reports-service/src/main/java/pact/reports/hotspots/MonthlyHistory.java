package pact.reports.hotspots;

import java.time.YearMonth;
import java.util.List;

/**
 * Reports per cell in each calendar month, oldest first, and (for kernel density) the same
 * reports as weighted points per month: the whole input of a rolling back-test, read once.
 *
 * @param counts {@code counts[month][cell]}
 * @param points {@code points[month]} = x, y (grid metres) and weight of each point; may be empty
 *     arrays when no method needs points
 */
public record MonthlyHistory(List<YearMonth> months, double[][] counts, double[][][] points) {

    public MonthlyHistory {
        if (counts.length != months.size() || points.length != months.size()) {
            throw new IllegalArgumentException("one row of counts and of points per month");
        }
    }

    public int monthCount() {
        return months.size();
    }

    public int cellCount() {
        return counts.length == 0 ? 0 : counts[0].length;
    }

    /** Reports per cell over months {@code [0, end)}. */
    public double[] totalBefore(int end) {
        double[] total = new double[cellCount()];
        for (int month = 0; month < end; month++) {
            for (int cell = 0; cell < total.length; cell++) {
                total[cell] += counts[month][cell];
            }
        }
        return total;
    }

    /** The points of months {@code [0, end)} in one array. */
    public double[][] pointsBefore(int end) {
        int n = 0;
        for (int month = 0; month < end; month++) {
            n += points[month].length;
        }
        double[][] all = new double[n][];
        int i = 0;
        for (int month = 0; month < end; month++) {
            for (double[] point : points[month]) {
                all[i++] = point;
            }
        }
        return all;
    }
}
