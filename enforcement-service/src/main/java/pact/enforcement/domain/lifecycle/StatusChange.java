package pact.enforcement.domain.lifecycle;

import java.time.LocalDate;
import java.util.List;
import pact.enforcement.domain.NoticeStatus;

/**
 * A requested move of a notice to a new status, effective on a day (the day an appeal was lodged, say).
 *
 * @param breachedRequirements for a breach, the requirements breached, numbered from 1 as on the notice
 */
public record StatusChange(NoticeStatus to, LocalDate on, List<Integer> breachedRequirements) {

    public StatusChange {
        breachedRequirements = breachedRequirements == null ? List.of() : List.copyOf(breachedRequirements);
    }

    public StatusChange(NoticeStatus to, LocalDate on) {
        this(to, on, List.of());
    }
}
