package pact.enforcement.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pact.enforcement.domain.RequirementKind;
import pact.support.validation.CleanText;
import pact.support.validation.PlausiblePlanTime;

/**
 * A requirement of a notice and the day it must be met by. Its kind matters on appeal: "stop"
 * requirements stay in force while a CPN is appealed, the others are suspended (s.46(3)-(4)).
 * Requirements are numbered from 1 in the order given; a breach names them by number.
 */
public record Requirement(@NotBlank @Size(max = 1000) @CleanText String text,
        @PlausiblePlanTime LocalDate deadline,
        @Schema(description = "STOP, DO or REASONABLE_STEPS (s.43(3)); DO when not given") RequirementKind kind) {

    /** The kind, DO when none was given. */
    public RequirementKind kindOrDo() {
        return kind != null ? kind : RequirementKind.DO;
    }
}
