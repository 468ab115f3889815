package pact.reports.domain;

/** The national incident standard's three ASB qualifiers. */
public enum Qualifier {
    /** Targets a person or a group. */
    PERSONAL,
    /** Affects the community at large. */
    NUISANCE,
    /** Affects public spaces. */
    ENVIRONMENTAL
}
