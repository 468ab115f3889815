package pact.gateway.graphql;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;

/**
 * Role checks at the gateway, in front of the services' own: a caller learns in the GraphQL
 * error which roles a field needs, instead of a bare "System error".
 */
@RequestScoped
public class Access {

    @Inject
    SecurityIdentity identity;

    public void require(String field, String... roles) {
        if (Arrays.stream(roles).noneMatch(identity::hasRole)) {
            throw new AccessDenied("Forbidden: '" + field + "' needs one of the roles " + String.join(", ", roles));
        }
    }
}
