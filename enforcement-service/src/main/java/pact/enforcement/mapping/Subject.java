package pact.enforcement.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import pact.enforcement.domain.SubjectKind;

/** The person or body a notice is given to: personal data. */
public record Subject(
        @NotNull SubjectKind kind,
        @NotBlank @Size(max = 200) String name,
        @Past LocalDate dateOfBirth) {
}
