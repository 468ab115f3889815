package pact.tasking.domain;

/** How an officer patrols. */
public enum PatrolMode {
    FOOT,
    BIKE
}
