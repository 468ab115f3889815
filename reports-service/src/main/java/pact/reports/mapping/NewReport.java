package pact.reports.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Set;
import pact.reports.domain.AsbCategory;
import pact.reports.domain.Qualifier;
import pact.reports.domain.ReportSource;
import pact.reports.domain.VulnerabilityFlag;
import pact.support.api.GeoPoint;
import pact.support.validation.CleanText;
import pact.support.validation.PlausibleEventTime;

/** What a caller sends to report anti-social behaviour. */
public record NewReport(
        @NotNull Qualifier qualifier,
        @NotNull AsbCategory category,
        @NotBlank @Size(max = 4000) @CleanText String description,
        @NotNull @Valid GeoPoint location,
        @Size(max = 300) @CleanText String address,
        @NotNull @PastOrPresent @PlausibleEventTime OffsetDateTime occurredAt,
        @NotNull ReportSource source,
        @Size(max = 200) @CleanText String sourceReference,
        @Size(max = 64) String cctvCameraRef,
        @Valid Contact reporter,
        @Valid Contact victim,
        Set<VulnerabilityFlag> vulnerabilityFlags) {
}
