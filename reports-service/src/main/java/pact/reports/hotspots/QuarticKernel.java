package pact.reports.hotspots;

/**
 * Kernel density with the quartic (biweight) kernel, {@code K(d) = 3/(πh²)·(1 − d²/h²)²} for
 * d &lt; h, evaluated at each cell centre: reports per square metre, smoothed over h.
 */
public final class QuarticKernel {
    private QuarticKernel() {
    }

    /**
     * @param points x, y and weight (count) of each point, in grid metres
     */
    public static double[] density(StudyGrid grid, double[][] points, double bandwidth) {
        double[] density = new double[grid.size()];
        double h2 = bandwidth * bandwidth;
        double scale = 3 / (Math.PI * h2);
        int reach = (int) Math.ceil(bandwidth / grid.cellSize()) + 1;
        for (double[] point : points) {
            int column = (int) Math.floor((point[0] - grid.originX()) / grid.cellSize());
            int row = (int) Math.floor((point[1] - grid.originY()) / grid.cellSize());
            for (int dy = -reach; dy <= reach; dy++) {
                for (int dx = -reach; dx <= reach; dx++) {
                    int cell = grid.cellAtIndex(column + dx, row + dy);
                    if (cell < 0) {
                        continue;
                    }
                    double ex = grid.centreX(cell) - point[0];
                    double ey = grid.centreY(cell) - point[1];
                    double d2 = ex * ex + ey * ey;
                    if (d2 < h2) {
                        double u = 1 - d2 / h2;
                        density[cell] += point[2] * scale * u * u;
                    }
                }
            }
        }
        return density;
    }
}
