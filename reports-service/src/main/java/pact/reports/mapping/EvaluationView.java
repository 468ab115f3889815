package pact.reports.mapping;

import java.time.Instant;
import java.util.List;
import pact.reports.hotspots.PredictionAccuracy;

/** How well a map of the training window predicted the test window, with what it used and notes on what it missed. */
public record EvaluationView(String method, int cellSize, int cellsInArea, Instant trainFrom, Instant trainTo,
        Instant testFrom, Instant testTo, long trainingReports, long testReports,
        List<PredictionAccuracy.AtShare> results, UsedView used, List<String> notes) {
}
