package pact.tasking.domain;

/** The 18-strong PACT team itself, or the wider council network supporting it. */
public enum Team {
    PACT,
    SUPPORTING
}
