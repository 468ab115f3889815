package pact.enforcement.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pact.enforcement.domain.SubjectKind;
import pact.support.validation.CleanText;
import pact.support.validation.PlausibleDateOfBirth;

/** The person or body a notice is given to: personal data. */
public record Subject(
        @NotNull SubjectKind kind,
        @NotBlank @Size(max = 200) @CleanText String name,
        @Past @PlausibleDateOfBirth LocalDate dateOfBirth,
        @Schema(description = "An identifier from an official register (a company number for a body); when two "
                + "notices both carry one, it decides whether they are to the same subject", example = "01234567")
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9/ -]*", message = "may hold letters, digits, '/', '-' and spaces")
        String id) {

    public Subject(SubjectKind kind, String name, LocalDate dateOfBirth) {
        this(kind, name, dateOfBirth, null);
    }
}
