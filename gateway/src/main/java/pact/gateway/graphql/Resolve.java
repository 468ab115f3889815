package pact.gateway.graphql;

import java.util.function.Supplier;
import pact.gateway.client.BackendFailure;

/**
 * Runs a guarded backend call from a resolver. The fault-tolerance layer's own failures (a
 * timeout, an open circuit) surface here, outside the call, and are named like the rest.
 */
final class Resolve {
    private Resolve() {
    }

    static <T> T call(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (BackendFailure e) {
            throw e;
        } catch (org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException e) {
            throw BackendFailure.of(service, e);
        }
    }
}
