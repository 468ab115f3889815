package pact.enforcement.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pact.enforcement.domain.Authority;
import pact.support.validation.CleanText;

/** Who authorised a closure notice (s.76(1)), and in what rank or office (s.77(1) for more than 24 hours). */
public record ClosureAuthorisation(
        @Schema(description = "The authorising officer's name or staff number", example = "Supt J. Rahman (MP-0042)")
        @NotBlank @Size(max = 200) @CleanText String by,
        @NotNull Authority authority) {
}
