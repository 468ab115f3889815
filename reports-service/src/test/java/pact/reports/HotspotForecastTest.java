package pact.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pact.reports.hotspots.HotspotMethod;
import pact.reports.hotspots.MonthlyHistory;
import pact.reports.hotspots.PredictionAccuracy;
import pact.reports.hotspots.ProspectiveForecast;
import pact.reports.hotspots.ProspectiveForecast.Kernel;
import pact.reports.hotspots.ProspectiveForecast.Parameters;
import pact.reports.hotspots.RollingBackTest;
import pact.reports.hotspots.StudyGrid;

/** The prospective forecast and the rolling back-test on small inputs worked out by hand. */
class HotspotForecastTest {
    /** Each cell its own only neighbour: smoothing changes nothing. */
    static final Kernel NO_SMOOTHING = new Kernel(new int[][] {{0}, {1}, {2}, {3}},
            new double[][] {{1}, {1}, {1}, {1}});

    @Test
    void the_score_blends_recency_weighted_smoothed_and_long_run_counts() {
        // two cells, two months: cell 0 had 2 then 0, cell 1 had 0 then 4; each smooths half into the other
        double[][] counts = {{2, 0}, {0, 4}};
        Kernel halves = new Kernel(new int[][] {{0, 1}, {1, 0}}, new double[][] {{0.5, 0.5}, {0.5, 0.5}});
        double[] score = ProspectiveForecast.score(counts, 2, halves, new Parameters(1, 0.5, 0.25, 0.25));
        // half-life 1: last month weighs 1, the one before 0.5; recent = (2·0.5 + 0)/1.5 = 2/3 and 4/1.5 = 8/3;
        // smoothed = 5/3 for both; long-run = 1 and 2
        assertEquals(0.5 * 2 / 3 + 0.25 * 5 / 3 + 0.25 * 1, score[0], 1e-12); // 1.0
        assertEquals(0.5 * 8 / 3 + 0.25 * 5 / 3 + 0.25 * 2, score[1], 1e-12); // 2.25
    }

    @Test
    void the_counts_alike_parameters_rank_cells_as_plain_counts_do() {
        double[][] counts = {{3, 1, 0, 2}, {0, 1, 5, 2}};
        double[] score = ProspectiveForecast.score(counts, 2, NO_SMOOTHING, ProspectiveForecast.COUNTS_ALIKE);
        assertEquals(List.of(1.5, 1.0, 2.5, 2.0), List.of(score[0], score[1], score[2], score[3]));
    }

    @Test
    void the_quartic_smoothing_weights_of_a_cell_sum_to_one_and_favour_the_cell_itself() {
        StudyGrid grid = new StudyGrid(150, 0, 0, 1500, 1500, (a, b) -> true);
        Kernel kernel = Kernel.quartic(grid, 300);
        int centre = grid.cellAt(750, 750);
        // itself, 4 edge and 4 corner neighbours, and the 4 cells 300 m away, which weigh nothing
        assertEquals(13, kernel.cells()[centre].length);
        double sum = 0;
        double own = 0;
        for (int k = 0; k < kernel.cells()[centre].length; k++) {
            sum += kernel.weights()[centre][k];
            if (kernel.cells()[centre][k] == centre) {
                own = kernel.weights()[centre][k];
            }
        }
        assertEquals(1, sum, 1e-12);
        // weights 1, 0.5625 (150 m), 0.25 (212 m) and 0 (300 m): own share 1 / (1 + 4·0.5625 + 4·0.25)
        assertEquals(1 / 4.25, own, 1e-12);
    }

    @Test
    void the_tuner_learns_from_earlier_months_that_last_months_cell_stays_hot() {
        // cell 0 had one burst in month 0; from month 1 on cell 1 holds the reports every month
        double[][] counts = {{10, 0, 0, 0}, {0, 3, 0, 0}, {0, 3, 0, 0}, {0, 3, 0, 0}, {0, 3, 0, 0}};
        ProspectiveForecast.Tuner tuner = new ProspectiveForecast.Tuner(counts, NO_SMOOTHING, new double[] {0.25});
        ProspectiveForecast.Tuned tuned = tuner.forecast(4);
        // months 2 and 3: counts still name cell 0 (PEI 0), a recency-weighted forecast names cell 1 (PEI 1)
        assertTrue(tuned.parameters().recent() + tuned.parameters().smoothed() > 0, tuned.parameters().toString());
        assertEquals(3, tuned.monthsTunedOn());
        assertTrue(tuned.score()[1] > tuned.score()[0]);
        // month 4 was never looked at: changing it changes nothing
        double[][] other = {{10, 0, 0, 0}, {0, 3, 0, 0}, {0, 3, 0, 0}, {0, 3, 0, 0}, {99, 0, 0, 0}};
        assertEquals(tuned.parameters(), new ProspectiveForecast.Tuner(other, NO_SMOOTHING, new double[] {0.25})
                .forecast(4).parameters());
    }

    @Test
    void with_nothing_to_learn_from_the_tuner_keeps_the_counts_alike_parameters() {
        double[][] same = {{4, 2, 1, 0}, {4, 2, 1, 0}, {4, 2, 1, 0}, {4, 2, 1, 0}};
        double[] shares = {0.25, 0.5};
        assertEquals(ProspectiveForecast.COUNTS_ALIKE,
                new ProspectiveForecast.Tuner(same, NO_SMOOTHING, shares).forecast(3).parameters());
        assertEquals(ProspectiveForecast.COUNTS_ALIKE,
                new ProspectiveForecast.Tuner(same, NO_SMOOTHING, shares).forecast(1).parameters());
    }

    static MonthlyHistory threeMonths() {
        double[][] counts = {{4, 2, 1, 0}, {1, 4, 0, 0}, {3, 0, 2, 0}};
        return new MonthlyHistory(List.of(YearMonth.of(2018, 1), YearMonth.of(2018, 2), YearMonth.of(2018, 3)),
                counts, new double[3][0][]);
    }

    @Test
    void the_rolling_back_test_judges_each_month_on_the_months_before_it() {
        MonthlyHistory history = threeMonths();
        Map<HotspotMethod, RollingBackTest.Forecaster> methods = new EnumMap<>(HotspotMethod.class);
        methods.put(HotspotMethod.COUNT, RollingBackTest.counts());
        // a fixed ranking: cell 1, then 3, 0, 2
        methods.put(HotspotMethod.FORECAST, (h, month) -> new RollingBackTest.Forecast(new double[] {1, 3, 0, 2},
                Map.of()));
        RollingBackTest.Result result = RollingBackTest.run(history, methods, 1, new double[] {0.25, 0.5});

        assertEquals(List.of(YearMonth.of(2018, 2), YearMonth.of(2018, 3)), result.testedMonths());
        // February from January's counts [4,2,1,0]: the top cell (0) holds 1 of 5, the best cell 4 -> PEI 0.25;
        // the top two (0, 1) hold 5 of 5 -> PEI 1. March from [5,6,1,0]: cell 1 holds 0 -> PEI 0;
        // cells 1 and 0 hold 3 of the best 5 -> PEI 0.6
        RollingBackTest.MonthRow february = result.months().get(0);
        assertEquals(HotspotMethod.COUNT, february.method());
        assertEquals(7, february.trainingReports());
        assertEquals(5, february.testReports());
        assertEquals(0.2, february.results().get(0).hitRate(), 1e-12);
        assertEquals(0.8, february.results().get(0).pai(), 1e-12);
        assertEquals(0.25, february.results().get(0).pei(), 1e-12);
        assertEquals(1.0, february.results().get(1).pei(), 1e-12);

        RollingBackTest.Summary counts25 = summary(result, HotspotMethod.COUNT, 0.25);
        assertEquals(0.125, counts25.meanPei(), 1e-12);
        assertEquals(0.0, counts25.worstPei(), 1e-12);
        assertEquals(YearMonth.of(2018, 3), counts25.worstMonth());
        assertEquals(0.8, summary(result, HotspotMethod.COUNT, 0.5).meanPei(), 1e-12);

        // the fixed ranking: February PEI 1.0 and 0.8, March 0 and 0
        RollingBackTest.Summary fixed25 = summary(result, HotspotMethod.FORECAST, 0.25);
        RollingBackTest.Summary fixed50 = summary(result, HotspotMethod.FORECAST, 0.5);
        assertEquals(0.5, fixed25.meanPei(), 1e-12);
        assertEquals(0.375, fixed25.meanPeiAboveCounts(), 1e-12);
        assertEquals(0.0, fixed25.worstShortfallBelowCounts(), 1e-12);
        assertNull(fixed25.worstShortfallMonth());
        assertEquals(0.4, fixed50.meanPei(), 1e-12);
        assertEquals(-0.4, fixed50.meanPeiAboveCounts(), 1e-12);
        assertEquals(0.6, fixed50.worstShortfallBelowCounts(), 1e-12);
        assertEquals(YearMonth.of(2018, 3), fixed50.worstShortfallMonth());
        // better at 25% but worse at 50%: counts stay the default
        assertEquals(HotspotMethod.COUNT, result.winner());
    }

    @Test
    void a_method_replaces_counts_only_when_it_beats_them_at_every_share() {
        MonthlyHistory history = threeMonths();
        Map<HotspotMethod, RollingBackTest.Forecaster> methods = new EnumMap<>(HotspotMethod.class);
        methods.put(HotspotMethod.COUNT, RollingBackTest.counts());
        // an oracle that knows the month: PEI 1 everywhere
        methods.put(HotspotMethod.FORECAST, (h, month) -> new RollingBackTest.Forecast(h.counts()[month], Map.of()));
        RollingBackTest.Result result = RollingBackTest.run(history, methods, 1, new double[] {0.25, 0.5});
        assertEquals(HotspotMethod.FORECAST, result.winner());
        assertTrue(result.reason().startsWith("FORECAST beat plain counts"), result.reason());
    }

    @Test
    void without_enough_history_counts_are_the_default_and_the_answer_says_why() {
        MonthlyHistory history = threeMonths();
        Map<HotspotMethod, RollingBackTest.Forecaster> methods = new EnumMap<>(HotspotMethod.class);
        methods.put(HotspotMethod.COUNT, RollingBackTest.counts());
        RollingBackTest.Result result = RollingBackTest.run(history, methods, 3, new double[] {0.25});
        assertEquals(List.of(), result.testedMonths());
        assertEquals(HotspotMethod.COUNT, result.winner());
        assertTrue(result.reason().startsWith("no month has 3 earlier month(s)"), result.reason());
        assertThrows(IllegalArgumentException.class, () -> RollingBackTest.run(history,
                Map.of(HotspotMethod.KDE, RollingBackTest.counts()), 1, new double[] {0.25}));
    }

    @Test
    void accuracy_at_several_shares_matches_one_share_at_a_time() {
        double[] score = {9, 8, 1, 1, 1, 1, 1, 1, 1, 0};
        double[] training = {5, 4, 0, 0, 0, 0, 0, 0, 0, 0};
        double[] test = {6, 0, 0, 0, 0, 2, 0, 0, 0, 2};
        List<PredictionAccuracy.AtShare> both = PredictionAccuracy.at(new double[] {0.2, 0.5}, score, training, test);
        assertEquals(PredictionAccuracy.at(0.2, score, training, test), both.get(0));
        assertEquals(PredictionAccuracy.at(0.5, score, training, test), both.get(1));
        assertEquals(0.6, both.get(1).pei(), 1e-12); // the top five (0, 1, 2, 3, 4) hold 6; the best five 10
    }

    static RollingBackTest.Summary summary(RollingBackTest.Result result, HotspotMethod method, double share) {
        return result.summary().stream().filter(s -> s.method() == method && s.areaShare() == share).findFirst()
                .orElseThrow();
    }
}
