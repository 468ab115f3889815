package pact.portal.web;

import static pact.portal.web.Role.ANALYST;
import static pact.portal.web.Role.CITY_INSPECTOR;
import static pact.portal.web.Role.COUNCIL_OFFICER;
import static pact.portal.web.Role.ENFORCEMENT_ADMIN;
import static pact.portal.web.Role.PARTNER;
import static pact.portal.web.Role.POLICE_OFFICER;
import static pact.portal.web.Role.TASKING_COORDINATOR;

import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The signed-in person: their name, their roles and the navigation those roles open. The menu
 * only hides what a role may not do; the services decide every request on their own.
 */
@RequestScoped
public class Viewer {
    /** One entry of the service navigation, shown to the roles listed. */
    public record NavItem(String href, String label, List<String> roles) {
        NavItem(String href, String label, String... roles) {
            this(href, label, List.of(roles));
        }
    }

    static final List<NavItem> NAVIGATION = List.of(
            new NavItem("/", "Dashboard"),
            new NavItem("/patrol", "My patrol", POLICE_OFFICER, CITY_INSPECTOR),
            new NavItem("/reports", "Reports", COUNCIL_OFFICER, TASKING_COORDINATOR, ANALYST, POLICE_OFFICER,
                    CITY_INSPECTOR, PARTNER),
            new NavItem("/hotspots", "Hotspots", ANALYST, TASKING_COORDINATOR, COUNCIL_OFFICER, POLICE_OFFICER,
                    CITY_INSPECTOR),
            new NavItem("/board", "Tasking board", TASKING_COORDINATOR),
            new NavItem("/case-reviews", "Case reviews", COUNCIL_OFFICER, POLICE_OFFICER, TASKING_COORDINATOR),
            new NavItem("/notices", "Notices", ENFORCEMENT_ADMIN, POLICE_OFFICER, CITY_INSPECTOR),
            new NavItem("/pspos", "PSPOs", ENFORCEMENT_ADMIN, POLICE_OFFICER, CITY_INSPECTOR, TASKING_COORDINATOR,
                    ANALYST, COUNCIL_OFFICER));

    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    JsonWebToken idToken;

    public String name() {
        String name = claim("name");
        return name == null || name.isBlank() ? login() : name;
    }

    /** The login name, which tasking-service links to an officer record. */
    public String login() {
        String preferred = claim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    /** A claim of the ID token; none where the identity came without one (the portal's own tests). */
    private String claim(String name) {
        try {
            return idToken == null || idToken.getRawToken() == null ? null : idToken.getClaim(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    public boolean is(String... roles) {
        return Arrays.stream(roles).anyMatch(identity::hasRole);
    }

    public List<String> roles() {
        return identity.getRoles().stream().filter(r -> !r.startsWith("default-roles") && !r.equals("offline_access")
                && !r.equals("uma_authorization")).sorted()
                .toList();
    }

    public List<NavItem> navigation() {
        return NAVIGATION.stream().filter(item -> item.roles().isEmpty() || is(item.roles().toArray(String[]::new)))
                .toList();
    }

    /** Refuses a page to a role that may not use it, before any data is asked for. */
    public void require(String... roles) {
        if (!is(roles)) {
            throw new jakarta.ws.rs.ForbiddenException("This page is for: " + String.join(", ", roles));
        }
    }
}
