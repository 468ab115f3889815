package pact.enforcement.mapping;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import pact.enforcement.domain.pspo.PspoStatus;
import pact.support.validation.CleanText;

/** A lifecycle step of an order; {@code activeFrom}/{@code activeTo} set the period when it is made or extended. */
public record PspoStatusRequest(@NotNull PspoStatus status, @NotNull LocalDate on, LocalDate activeFrom,
        LocalDate activeTo, @Size(max = 2000) @CleanText String note) {
}
