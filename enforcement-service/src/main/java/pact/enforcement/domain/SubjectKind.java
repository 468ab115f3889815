package pact.enforcement.domain;

/** A notice is given to a person or to a body (a company, a club, a landlord). */
public enum SubjectKind {
    PERSON,
    BODY
}
