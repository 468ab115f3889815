package pact.reports.mapping;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pact.support.validation.CleanText;

/** How to reach a reporter or victim: personal data. */
public record Contact(
        @Size(max = 200) @CleanText String name,
        @Email @Size(max = 200) String email,
        @Pattern(regexp = "\\+?[0-9 ()-]{6,40}", message = "must be a telephone number") String phone) {
}
