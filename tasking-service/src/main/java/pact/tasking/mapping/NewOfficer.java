package pact.tasking.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pact.support.validation.CleanText;
import pact.tasking.domain.OfficerRole;
import pact.tasking.domain.Organisation;
import pact.tasking.domain.PatrolMode;
import pact.tasking.domain.Team;

/** What a tasking coordinator sends to add an officer. */
public record NewOfficer(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9-]+", message = "may hold only letters, digits and '-'")
        String staffNumber,
        @NotBlank @Size(max = 200) @CleanText String displayName,
        @NotNull Organisation organisation,
        @NotNull OfficerRole role,
        @NotNull PatrolMode mode,
        @NotNull Team team,
        @Size(max = 200) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "must be a user name of the pact realm")
        String login) {
}
