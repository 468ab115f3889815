package pact.enforcement.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import pact.support.validation.CleanText;

/** A consultation held on an order. */
public record ConsultationRequest(@NotBlank @Size(max = 1000) @CleanText String consultees, @NotNull LocalDate openedOn,
        LocalDate closedOn, @Size(max = 4000) @CleanText String summary) {
}
