package pact.enforcement.domain.lifecycle;

import java.time.LocalDate;
import pact.enforcement.domain.NoticeStatus;

/** A requested move of a notice to a new status, effective on a day (the day an appeal was lodged, say). */
public record StatusChange(NoticeStatus to, LocalDate on) {
}
