package pact.gateway.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** The caller's roles do not allow the field asked for; the message names the roles that would. */
@ErrorCode("forbidden")
public class AccessDenied extends RuntimeException {
    public AccessDenied(String message) {
        super(message);
    }
}
