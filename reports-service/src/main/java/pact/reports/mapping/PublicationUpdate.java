package pact.reports.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Staff's decision to publish a report on the public Open311 feed (true) or withdraw it (false), with why. */
public record PublicationUpdate(@NotNull Boolean published, @NotBlank @Size(max = 1000) String reason) {
}
