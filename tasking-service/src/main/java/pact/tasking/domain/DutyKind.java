package pact.tasking.domain;

/** A rostered shift, or leave during which the officer cannot be tasked. */
public enum DutyKind {
    SHIFT,
    LEAVE
}
