package pact.tasking.domain;

/** What an officer may do on a task. */
public enum Power {
    PATROL,
    COMMUNITY_PROTECTION_WARNING,
    COMMUNITY_PROTECTION_NOTICE,
    FIXED_PENALTY_NOTICE,
    DISPERSAL_DIRECTION,
    CLOSURE_NOTICE
}
