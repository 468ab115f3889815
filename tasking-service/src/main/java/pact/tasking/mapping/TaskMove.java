package pact.tasking.mapping;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import pact.support.validation.CleanText;
import pact.tasking.domain.TaskStatus;

/**
 * A requested change of a task's status: officers when assigning, an outcome when completing or
 * cancelling. {@code expectedVersion}, when given, refuses the change if someone else moved the task first.
 */
public record TaskMove(@NotNull TaskStatus to, @Size(max = 18 * 4) List<@NotNull UUID> officerIds,
        @Size(max = 2000) @CleanText String outcome, Long expectedVersion) {
}
