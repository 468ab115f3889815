package pact.enforcement.service;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is calling and why: the audit log records both.
 *
 * @param reason the stated purpose of reading personal data (the X-Access-Reason header), or null
 */
public record Caller(String name, Set<String> roles, String reason) {

    public static Caller of(SecurityIdentity identity, String reason) {
        return new Caller(identity.getPrincipal().getName(), identity.getRoles(),
                reason == null || reason.isBlank() ? null : reason.strip());
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public String rolesText() {
        return String.join(",", new TreeSet<>(roles));
    }
}
