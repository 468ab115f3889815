package pact.enforcement.mapping;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import pact.enforcement.domain.NoticeStatus;

/**
 * A request to move a notice to a new status, effective on a day (defaults to today); with
 * MODIFIED, the requirements as the court modified them.
 */
public record StatusChangeRequest(@NotNull NoticeStatus status, @PastOrPresent LocalDate on, @Size(max = 2000) String note,
        @Size(max = 20) java.util.List<@jakarta.validation.Valid @NotNull Requirement> requirements) {
}
