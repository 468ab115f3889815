package pact.reports.hotspots;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A rolling-origin back-test (Tashman 2000): for every month with at least {@code minHistory}
 * earlier months, each method ranks the cells from the months before it, and the ranking is
 * judged on that month by hit rate, PAI and PEI at each area share. Per method and share it
 * reports the mean over the months and the worst month, and how far below plain counts the
 * method fell in its worst month: a method may replace counts as the default only if its mean
 * PEI is higher at every share and it never falls more than {@link #TOLERATED_SHORTFALL} below.
 */
public final class RollingBackTest {
    /** How far below counts a method may fall in any single month and still win. */
    public static final double TOLERATED_SHORTFALL = 0.02;

    private RollingBackTest() {
    }

    /** A way to rank cells for one month from the months before it. */
    @FunctionalInterface
    public interface Forecaster {
        /** The ranking for month {@code month} of the history, from months {@code [0, month)} only. */
        Forecast forecast(MonthlyHistory history, int month);
    }

    /** Scores per cell (higher = hotter) and the parameters that made them. */
    public record Forecast(double[] score, Map<String, Object> parameters) {
    }

    /** Plain counts over all earlier months. */
    public static Forecaster counts() {
        return (history, month) -> new Forecast(history.totalBefore(month), Map.of());
    }

    /** Gi* z-scores of the counts over all earlier months. */
    public static Forecaster giStar(int[][] neighbours, double distanceBand) {
        return (history, month) -> new Forecast(GetisOrdGiStar.zScores(history.totalBefore(month), neighbours),
                Map.of("distanceBand", distanceBand));
    }

    /** Quartic kernel density of the reports of all earlier months. */
    public static Forecaster kernelDensity(StudyGrid grid, double bandwidth) {
        return (history, month) -> new Forecast(QuarticKernel.density(grid, history.pointsBefore(month), bandwidth),
                Map.of("bandwidth", bandwidth));
    }

    /** The prospective forecast, its parameters tuned on the months before each month only. */
    public static Forecaster prospective(MonthlyHistory history, ProspectiveForecast.Kernel kernel, double bandwidth,
            double[] shares) {
        ProspectiveForecast.Tuner tuner = new ProspectiveForecast.Tuner(history.counts(), kernel, shares);
        return (h, month) -> {
            if (h != history) {
                throw new IllegalArgumentException("the tuner was built for another history");
            }
            ProspectiveForecast.Tuned tuned = tuner.forecast(month);
            Map<String, Object> parameters = tuned.parameters().describe(bandwidth);
            parameters.put("monthsTunedOn", tuned.monthsTunedOn());
            return new Forecast(tuned.score(), parameters);
        };
    }

    /** One method judged on one month. */
    public record MonthRow(HotspotMethod method, YearMonth month, Map<String, Object> parameters,
            long trainingReports, long testReports, List<PredictionAccuracy.AtShare> results) {
    }

    /** One method at one area share over all tested months. */
    public record Summary(HotspotMethod method, double areaShare, int months, double meanHitRate, double meanPai,
            double meanPei, double worstPei, YearMonth worstMonth, double meanPeiAboveCounts,
            double worstShortfallBelowCounts, YearMonth worstShortfallMonth) {
    }

    /** The whole back-test and the method it recommends, with the reason in words. */
    public record Result(List<YearMonth> testedMonths, List<MonthRow> months, List<Summary> summary,
            HotspotMethod winner, String reason) {
    }

    /**
     * @param methods the methods to judge; must include COUNT, the baseline
     */
    public static Result run(MonthlyHistory history, Map<HotspotMethod, Forecaster> methods, int minHistory,
            double[] shares) {
        if (!methods.containsKey(HotspotMethod.COUNT)) {
            throw new IllegalArgumentException("COUNT is the baseline and must be judged");
        }
        List<YearMonth> tested = new ArrayList<>();
        List<MonthRow> rows = new ArrayList<>();
        for (int month = Math.max(1, minHistory); month < history.monthCount(); month++) {
            tested.add(history.months().get(month));
            double[] training = history.totalBefore(month);
            long trainingReports = Math.round(sum(training));
            long testReports = Math.round(sum(history.counts()[month]));
            for (Map.Entry<HotspotMethod, Forecaster> method : methods.entrySet()) {
                Forecast forecast = method.getValue().forecast(history, month);
                rows.add(new MonthRow(method.getKey(), history.months().get(month), forecast.parameters(),
                        trainingReports, testReports,
                        PredictionAccuracy.at(shares, forecast.score(), training, history.counts()[month])));
            }
        }
        List<Summary> summary = summarise(rows, methods.keySet(), shares);
        return decide(tested, rows, summary, shares, minHistory);
    }

    static List<Summary> summarise(List<MonthRow> rows, Iterable<HotspotMethod> methods, double[] shares) {
        List<Summary> out = new ArrayList<>();
        for (HotspotMethod method : methods) {
            List<MonthRow> mine = rows.stream().filter(r -> r.method() == method).toList();
            List<MonthRow> counts = rows.stream().filter(r -> r.method() == HotspotMethod.COUNT).toList();
            for (int s = 0; s < shares.length; s++) {
                int n = mine.size();
                double hit = 0;
                double pai = 0;
                double pei = 0;
                double above = 0;
                double worst = Double.POSITIVE_INFINITY;
                YearMonth worstMonth = null;
                double shortfall = 0;
                YearMonth shortfallMonth = null;
                for (int i = 0; i < n; i++) {
                    PredictionAccuracy.AtShare r = mine.get(i).results().get(s);
                    double baseline = counts.get(i).results().get(s).pei();
                    hit += r.hitRate();
                    pai += r.pai();
                    pei += r.pei();
                    above += r.pei() - baseline;
                    if (r.pei() < worst) {
                        worst = r.pei();
                        worstMonth = mine.get(i).month();
                    }
                    if (baseline - r.pei() > shortfall) {
                        shortfall = baseline - r.pei();
                        shortfallMonth = mine.get(i).month();
                    }
                }
                out.add(n == 0 ? new Summary(method, shares[s], 0, 0, 0, 0, 0, null, 0, 0, null)
                        : new Summary(method, shares[s], n, hit / n, pai / n, pei / n, worst, worstMonth, above / n,
                                shortfall, shortfallMonth));
            }
        }
        return out;
    }

    private static Result decide(List<YearMonth> tested, List<MonthRow> rows, List<Summary> summary,
            double[] shares, int minHistory) {
        if (tested.isEmpty()) {
            return new Result(tested, rows, summary, HotspotMethod.COUNT, "no month has " + minHistory
                    + " earlier month(s) of history to test on, so plain counts are used");
        }
        Map<HotspotMethod, Double> qualifying = new EnumMap<>(HotspotMethod.class);
        for (HotspotMethod method : HotspotMethod.values()) {
            List<Summary> mine = summary.stream().filter(s -> s.method() == method).toList();
            if (method == HotspotMethod.COUNT || mine.isEmpty()) {
                continue;
            }
            boolean beats = mine.stream().allMatch(s -> s.meanPeiAboveCounts() > 0
                    && s.worstShortfallBelowCounts() <= TOLERATED_SHORTFALL + 1e-12);
            if (beats) {
                qualifying.put(method, mine.stream().mapToDouble(Summary::meanPei).average().orElse(0));
            }
        }
        String over = tested.size() + " month(s) " + tested.get(0) + " to " + tested.get(tested.size() - 1);
        if (qualifying.isEmpty()) {
            return new Result(tested, rows, summary, HotspotMethod.COUNT, "no method beat plain counts' mean PEI at "
                    + "every area share without falling more than " + TOLERATED_SHORTFALL + " below them in a month, "
                    + "over " + over);
        }
        HotspotMethod winner = qualifying.entrySet().stream()
                .max(Map.Entry.<HotspotMethod, Double>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey((a, b) -> b.compareTo(a))))
                .orElseThrow().getKey();
        return new Result(tested, rows, summary, winner, winner + " beat plain counts' mean PEI at every area share "
                + "and never fell more than " + TOLERATED_SHORTFALL + " below them in a month, over " + over);
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
