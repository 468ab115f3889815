package pact.gateway.client;

import io.smallrye.graphql.api.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The backend calls one GraphQL request may cause. The query's cost (its logical calls) is
 * checked against the cap before it runs ({@code graphql.QueryLimits}); this count of attempts is
 * the backstop for what that estimate cannot see. Each call may be retried once under load, so
 * the backstop allows twice the cap in attempts: a query the estimate admitted is never refused
 * half-way because the machine was slow. Atomic because batched resolvers of one request run in
 * parallel.
 */
@RequestScoped
public class BackendCallBudget {
    /** Read by the up-front estimate too, so that both refuse at the same number. */
    public static final String MAX_CALLS = "pact.gateway.max-backend-calls";
    public static final int DEFAULT_MAX_CALLS = 50;

    @Inject
    Limit limit;

    private final AtomicInteger spent = new AtomicInteger();

    /** Counts one call to {@code service}, or refuses it when the request has used its budget. */
    public void spend(String service) {
        int max = limit.max();
        if (spent.incrementAndGet() > 2 * max) {
            throw new TooManyBackendCalls("The request needs more than " + max + " backend calls (" + 2 * max
                    + " attempts with retries); the call to " + service + " was not made. Ask for fewer fields or "
                    + "aliases, or split the query");
        }
    }

    /** How many calls this request has made so far. */
    public int spent() {
        return spent.get();
    }

    /** The configured cap, read once: a request-scoped bean's config injection is a lookup per request. */
    @ApplicationScoped
    static class Limit {
        @ConfigProperty(name = MAX_CALLS, defaultValue = "" + DEFAULT_MAX_CALLS)
        int max;

        int max() {
            return max; // a method: the injected bean is a client proxy, whose own fields are unset
        }
    }

    /** One request asked for more backend calls than it may cause. */
    @ErrorCode(TooManyBackendCalls.CODE)
    public static class TooManyBackendCalls extends RuntimeException {
        public static final String CODE = "too-many-backend-calls";

        public TooManyBackendCalls(String message) {
            super(message);
        }
    }
}
