package pact.reports.domain;

import java.util.Set;

/**
 * Who may see reporters' and victims' personal data: the officers who handle cases. Analysts
 * and partners see everything else. A reason must be given for every read, and is logged.
 */
public final class PersonalDataPolicy {
    /** The roles whose work needs personal data. */
    public static final Set<String> ROLES = Set.of("council-officer", "police-officer");

    private PersonalDataPolicy() {
    }

    public static boolean mayRead(Set<String> roles, String reason) {
        return reason != null && !reason.isBlank() && roles.stream().anyMatch(ROLES::contains);
    }
}
