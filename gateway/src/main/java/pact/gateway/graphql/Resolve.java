package pact.gateway.graphql;

import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import pact.gateway.client.BackendFailure;

/**
 * Runs a guarded backend call from a resolver, without blocking. The fault-tolerance layer's own
 * failures (a timeout, an open circuit) surface here, outside the call, and are named like the rest.
 */
final class Resolve {
    private Resolve() {
    }

    static <T> Uni<T> call(String service, Supplier<Uni<T>> call) {
        Uni<T> answer;
        try {
            answer = call.get();
        } catch (FaultToleranceException e) {
            return Uni.createFrom().failure(BackendFailure.of(service, e));
        }
        return answer.onFailure(FaultToleranceException.class).transform(e -> BackendFailure.of(service, e));
    }
}
