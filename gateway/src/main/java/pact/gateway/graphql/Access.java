package pact.gateway.graphql;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Role checks at the gateway, in front of the services' own: a caller learns in the GraphQL
 * error which roles a field needs, instead of a bare "System error".
 */
@RequestScoped
public class Access {

    @Inject
    SecurityIdentity identity;

    /**
     * For a resolver that answers later: its answer when the caller has one of the roles, otherwise a
     * refusal carried in the answer itself (a batched resolver's thrown refusal would reach the caller
     * as a bare "System error").
     */
    public <T> Uni<T> require(String field, String[] roles, Supplier<Uni<T>> resolve) {
        try {
            require(field, roles);
        } catch (AccessDenied e) {
            return Uni.createFrom().failure(e);
        }
        return resolve.get();
    }

    public void require(String field, String... roles) {
        if (Arrays.stream(roles).noneMatch(identity::hasRole)) {
            throw new AccessDenied("Forbidden: '" + field + "' needs one of the roles " + String.join(", ", roles));
        }
    }
}
