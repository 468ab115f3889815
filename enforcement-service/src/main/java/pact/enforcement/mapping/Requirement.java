package pact.enforcement.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A requirement of a notice (stop X, do Y, take reasonable steps) and the day it must be met by. */
public record Requirement(@NotBlank @Size(max = 1000) String text, LocalDate deadline) {
}
