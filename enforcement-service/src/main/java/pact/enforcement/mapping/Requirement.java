package pact.enforcement.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A requirement of a notice and the day it must be met by. Its kind matters on appeal: "stop"
 * requirements stay in force while a CPN is appealed, the others are suspended (s.46(3)-(4)).
 */
public record Requirement(@NotBlank @Size(max = 1000) String text, LocalDate deadline, Kind kind) {

    /** Stop doing X, do Y, or take reasonable steps to prevent Z (s.43(3)). */
    public enum Kind {
        STOP,
        DO,
        REASONABLE_STEPS
    }
}
