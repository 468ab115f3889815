package pact.tasking.domain;

/** Whether an officer can be tasked at a given moment. */
public enum Availability {
    ON_DUTY,
    ON_TASK,
    OFF_DUTY,
    LEAVE
}
