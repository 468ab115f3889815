package pact.reports.mapping;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import pact.reports.hotspots.HotspotMethod;
import pact.reports.hotspots.PredictionAccuracy;
import pact.reports.hotspots.RollingBackTest;

/**
 * The rolling back-test: each method judged on each month from the months before it, the mean and
 * worst month per method and area share, and the method it makes the default, with the reason,
 * what it used and notes on what its filters missed.
 */
public record BackTestView(int cellSize, int cellsInArea, int minHistoryMonths, List<String> testedMonths,
        String defaultMethod, String reason, double toleratedShortfall, List<Summary> summary, List<Month> months,
        UsedView used, List<String> notes) {

    /** One method at one area share over all tested months. */
    public record Summary(String method, double areaShare, int months, double meanHitRate, double meanPai,
            double meanPei, double worstPei, String worstMonth, double meanPeiAboveCounts,
            double worstShortfallBelowCounts, String worstShortfallMonth) {
    }

    /** One method judged on one month, with the parameters it used for that month. */
    public record Month(String method, String month, Map<String, Object> parameters, long trainingReports,
            long testReports, List<PredictionAccuracy.AtShare> results) {
    }

    public static BackTestView of(RollingBackTest.Result result, int cellSize, int cellsInArea, int minHistory,
            List<HotspotMethod> shown, UsedView used, List<String> notes) {
        List<Summary> summary = result.summary().stream().filter(s -> shown.contains(s.method()))
                .map(s -> new Summary(s.method().name(), s.areaShare(), s.months(), s.meanHitRate(), s.meanPai(),
                        s.meanPei(), s.worstPei(), text(s.worstMonth()), s.meanPeiAboveCounts(),
                        s.worstShortfallBelowCounts(), text(s.worstShortfallMonth())))
                .toList();
        List<Month> months = result.months().stream().filter(m -> shown.contains(m.method()))
                .map(m -> new Month(m.method().name(), m.month().toString(), m.parameters(), m.trainingReports(),
                        m.testReports(), m.results()))
                .toList();
        return new BackTestView(cellSize, cellsInArea, minHistory,
                result.testedMonths().stream().map(YearMonth::toString).toList(), result.winner().name(),
                result.reason(), RollingBackTest.TOLERATED_SHORTFALL, summary, months, used, notes);
    }

    private static String text(YearMonth month) {
        return month == null ? null : month.toString();
    }
}
