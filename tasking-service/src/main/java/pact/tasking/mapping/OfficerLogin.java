package pact.tasking.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a tasking coordinator sends to link an officer to their user name in the pact realm. */
public record OfficerLogin(
        @NotBlank(message = "a user name of the pact realm is required") @Size(max = 200)
        @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "must be a user name of the pact realm")
        String login) {
}
