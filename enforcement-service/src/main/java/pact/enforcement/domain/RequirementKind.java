package pact.enforcement.domain;

/**
 * Stop doing X, do Y, or take reasonable steps to prevent Z (s.43(3)). The kind matters on
 * appeal: "stop" requirements stay in force while a CPN is appealed, the others are suspended
 * (s.46(3)-(4)).
 */
public enum RequirementKind {
    STOP,
    DO,
    REASONABLE_STEPS
}
