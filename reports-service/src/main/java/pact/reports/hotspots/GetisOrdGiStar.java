package pact.reports.hotspots;

/**
 * The Getis-Ord Gi* statistic with binary distance-band weights that include the cell itself:
 * {@code Gi* = (Σj wij·xj − X̄·Σj wij) / (S·√[(n·Σj wij² − (Σj wij)²)/(n−1)])},
 * {@code X̄ = Σxj/n}, {@code S = √(Σxj²/n − X̄²)}. A large positive z marks a cell whose
 * neighbourhood holds more reports than chance would put there.
 */
public final class GetisOrdGiStar {
    private GetisOrdGiStar() {
    }

    /** z-scores per cell; all zero when every cell holds the same count (S = 0). */
    public static double[] zScores(double[] x, int[][] neighbours) {
        int n = x.length;
        double sum = 0;
        double sumSquares = 0;
        for (double value : x) {
            sum += value;
            sumSquares += value * value;
        }
        double mean = sum / n;
        double s = Math.sqrt(Math.max(0, sumSquares / n - mean * mean));
        double[] z = new double[n];
        if (s == 0 || n < 2) {
            return z;
        }
        for (int i = 0; i < n; i++) {
            double weighted = 0;
            for (int j : neighbours[i]) {
                weighted += x[j];
            }
            double w = neighbours[i].length; // binary weights: Σw = Σw² = number of neighbours
            double denominator = s * Math.sqrt((n * w - w * w) / (n - 1));
            z[i] = denominator == 0 ? 0 : (weighted - mean * w) / denominator;
        }
        return z;
    }

    /** Two-sided p-value of a standard normal z. */
    public static double pValue(double z) {
        return Math.min(1, erfc(Math.abs(z) / Math.sqrt(2)));
    }

    /**
     * The complementary error function, by the Chebyshev fit of Numerical Recipes (erfcc),
     * fractional error below 1.2e-7 everywhere: ample for significance levels.
     */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
