package pact.reports.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import pact.reports.domain.ReportStatus;
import pact.support.validation.CleanText;

/**
 * A move of a report to a new status, with the reason recorded against it (for staff) and,
 * optionally, what the resident who reported it reads (without it, standard wording for the status).
 */
public record StatusUpdate(@NotNull ReportStatus status, @NotBlank @Size(max = 1000) @CleanText String reason,
        @Size(max = 1000) @CleanText String publicText) {
    public StatusUpdate(ReportStatus status, String reason) {
        this(status, reason, null);
    }
}
