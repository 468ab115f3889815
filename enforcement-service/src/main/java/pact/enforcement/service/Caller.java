package pact.enforcement.service;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import pact.enforcement.domain.OfficerOfRecord;

/**
 * Who is calling and why: the audit log records both.
 *
 * @param reason the stated purpose of reading personal data (the X-Access-Reason header), or null
 * @param staffNumber the officer the login is linked to (the token's {@code staff_number}), or null
 * @param client the OIDC client the token was issued to ({@code azp}), or null
 */
public record Caller(String name, Set<String> roles, String reason, String staffNumber, String client) {
    /** The claim the pact realm puts an officer's staff number in. */
    public static final String STAFF_NUMBER_CLAIM = "staff_number";

    public Caller(String name, Set<String> roles, String reason) {
        this(name, roles, reason, null, null);
    }

    public static Caller of(SecurityIdentity identity, String reason) {
        String staffNumber = null;
        String client = null;
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            staffNumber = text(token.getClaim(STAFF_NUMBER_CLAIM));
            client = text(token.getClaim("azp"));
        }
        return new Caller(identity.getPrincipal().getName(), identity.getRoles(),
                reason == null || reason.isBlank() ? null : reason.strip(), staffNumber, client);
    }

    private static String text(Object claim) {
        if (claim == null) {
            return null;
        }
        String value = claim instanceof jakarta.json.JsonString s ? s.getString() : claim.toString();
        return value.isBlank() ? null : value.strip();
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public String rolesText() {
        return String.join(",", new TreeSet<>(roles));
    }

    public OfficerOfRecord.Login login() {
        return new OfficerOfRecord.Login(name, roles, staffNumber, client);
    }
}
