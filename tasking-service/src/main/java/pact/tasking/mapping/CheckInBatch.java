package pact.tasking.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import pact.support.validation.PlausibleEventTime;

/** Location check-ins from an officer's device, sent in batches and retried as a whole when a send fails. */
public record CheckInBatch(@NotEmpty List<@NotNull @Valid CheckIn> checkIns) {

    /** One location fix; {@code clientId} is the device's id for it, so a retry is recognised. */
    public record CheckIn(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9:._-]+",
                    message = "may hold only letters, digits and : . _ -") String clientId,
            @NotNull @PlausibleEventTime Instant at,
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
            @NotNull @PositiveOrZero Double accuracyMetres) {
    }

    /** What happened to a batch: how many were new and how many had been received before. */
    public record Receipt(int received, int stored, int duplicates) {
    }
}
