package pact.tasking.domain;

import java.util.Optional;

/**
 * Rule {@value #RULE}: a person posts only their own check-ins, those of the officer whose
 * {@code login} is their user name; a tasking coordinator may post anyone's. An officer without a
 * linked login therefore takes check-ins from a coordinator only: otherwise any officer could put
 * them anywhere, and the patrol dose would count it.
 */
public final class OwnCheckIns {
    public static final String RULE = "own-check-ins";

    private OwnCheckIns() {
    }

    /** Why {@code caller} may not post {@code officer}'s check-ins, or empty when they may. */
    public static Optional<String> refusal(Officer officer, String caller, boolean coordinator) {
        if (coordinator || officer.login != null && officer.login.equals(caller)) {
            return Optional.empty();
        }
        if (officer.login == null) {
            return Optional.of("Officer " + officer.staffNumber + " has no linked login, so only a tasking coordinator"
                    + " may post their check-ins (a coordinator links one with PUT /api/officers/{id}/login)");
        }
        return Optional.of("Only officer " + officer.staffNumber + " (login " + officer.login + ") or a tasking"
                + " coordinator may post " + officer.staffNumber + "'s check-ins; you are signed in as " + caller);
    }
}
