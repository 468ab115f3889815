package pact.tasking.mapping;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Patrol dose planned against delivered over a period (a shift, a week), per task. */
public record DoseReport(Instant from, Instant to, List<TaskDose> tasks, Totals totals) {

    /**
     * One task's dose: minutes inside its area (all presence) and the number of visits (stops of at
     * least the minimum length; passes through are not visits); officers counts those who stopped.
     */
    public record TaskDose(UUID taskId, String title, String cellId, int plannedVisits, long plannedMinutes,
            int deliveredVisits, double deliveredMinutes, int officers) {
    }

    public record Totals(int tasks, int tasksVisited, int plannedVisits, long plannedMinutes, int deliveredVisits,
            double deliveredMinutes, long checkInsCounted) {
    }
}
