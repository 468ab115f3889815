package pact.gateway.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** An argument the caller gave cannot be used; the message says which and why. */
@ErrorCode("invalid-argument")
public class InvalidArgument extends RuntimeException {
    public InvalidArgument(String message) {
        super(message);
    }
}
