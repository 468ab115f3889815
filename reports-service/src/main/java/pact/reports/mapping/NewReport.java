package pact.reports.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import pact.reports.domain.AsbCategory;
import pact.reports.domain.Qualifier;
import pact.reports.domain.ReportSource;

/** What a caller sends to report anti-social behaviour. */
public record NewReport(
        @NotNull Qualifier qualifier,
        @NotNull AsbCategory category,
        @NotBlank @Size(max = 4000) String description,
        @NotNull @Valid GeoPoint location,
        @NotNull @PastOrPresent OffsetDateTime occurredAt,
        @NotNull ReportSource source,
        @Size(max = 200) String sourceReference) {
}
