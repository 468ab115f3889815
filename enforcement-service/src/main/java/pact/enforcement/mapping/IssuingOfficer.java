package pact.enforcement.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import pact.enforcement.domain.IssuingOrganisation;

/** The officer who gave the notice. */
public record IssuingOfficer(@NotBlank @Size(max = 32) String staffNumber, @NotNull IssuingOrganisation organisation) {
}
