package pact.reports.domain;

/**
 * The way a report reached PACT, recorded by PACT itself. Unlike {@link ReportSource}, which
 * the sender states, this cannot be chosen by the caller, so it can decide what is public.
 */
public enum IntakeChannel {
    /** A signed-in officer, inspector, partner or police user through the reports API. */
    STAFF,
    /** A member of the public through Open311 (FixMyStreet and the like). */
    OPEN311,
    /** A police.uk street-level file imported as context. */
    POLICE_UK_IMPORT
}
