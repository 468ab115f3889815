package pact.enforcement.mapping;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pact.enforcement.domain.NoticeStatus;
import pact.support.validation.CleanText;
import pact.support.validation.PlausibleEventTime;

/**
 * A request to move a notice to a new status, effective on a day (defaults to today); with
 * MODIFIED, the requirements as the court modified them; with BREACHED, the requirements breached.
 */
public record StatusChangeRequest(@NotNull NoticeStatus status, @PastOrPresent @PlausibleEventTime LocalDate on,
        @Size(max = 2000) @CleanText String note,
        @Size(max = 20) List<@jakarta.validation.Valid @NotNull Requirement> requirements,
        @Schema(description = "For BREACHED: the requirements breached, numbered from 1 as on the notice", example = "[1]")
        @Size(max = 20) List<@NotNull @Min(1) @Max(20) Integer> breachedRequirements) {

    public StatusChangeRequest(NoticeStatus status, LocalDate on, String note, List<Requirement> requirements) {
        this(status, on, note, requirements, null);
    }
}
