package pact.gateway.client;

import io.smallrye.graphql.api.ErrorCode;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

/** A backend service could not give its part of the answer; the message names the service and why. */
@ErrorCode("backend-failure")
public class BackendFailure extends RuntimeException {

    public BackendFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** Explains a failed call to {@code service} in words a front end can show. */
    public static BackendFailure of(String service, RuntimeException e) {
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            String why = switch (status) {
                case 401 -> "refused the caller's token (401)";
                case 403 -> "refused the caller: the role needed is missing (403)";
                case 404 -> "has no such record (404)";
                default -> status >= 500 ? "failed (HTTP " + status + ")" : "rejected the request (HTTP " + status + ")";
            };
            return new BackendFailure(service + " " + why, e);
        }
        if (e instanceof ProcessingException) {
            return new BackendFailure(service + " is unavailable: " + rootMessage(e), e);
        }
        return new BackendFailure(service + " answered with something unreadable", e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
