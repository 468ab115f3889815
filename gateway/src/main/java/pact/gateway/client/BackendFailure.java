package pact.gateway.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.graphql.api.ErrorCode;
import io.vertx.core.VertxException;
import jakarta.ws.rs.ProcessingException;
import java.io.IOException;
import java.util.function.Supplier;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/** A backend service could not give its part of the answer; the message names the service and why. */
@ErrorCode("backend-failure")
public class BackendFailure extends RuntimeException {

    public BackendFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** The service refused the request itself (4xx): retrying cannot help and the service is healthy. */
    @ErrorCode("backend-refused")
    public static class Refused extends BackendFailure {
        private final transient Problem problem;

        public Refused(String message, Throwable cause) {
            this(message, cause, null);
        }

        Refused(String message, Throwable cause, Problem problem) {
            super(message, cause);
            this.problem = problem;
        }

        /** The service's own explanation (rule and field errors), when it sent one. */
        public Problem problem() {
            return problem;
        }
    }

    /** What a service's problem+json said: the statutory rule it applied, and which fields were wrong. */
    public record Problem(String rule, String detail, java.util.List<FieldError> errors) {
    }

    public record FieldError(String field, String message) {
    }

    /** Explains a failed call to {@code service} in words a front end can show. */
    public static BackendFailure of(String service, Throwable e) {
        if (e instanceof BackendFailure known) {
            return known;
        }
        if (hasCause(e, JsonProcessingException.class)) {
            return new BackendFailure(service + " answered with something unreadable", e);
        }
        if (e instanceof ServiceHttp.ServiceAnswered answer) {
            return ofStatus(service, answer.status(), answer::body, e);
        }
        if (e instanceof WebApplicationException web) {
            return ofStatus(service, web.getResponse().getStatus(), () -> web.getResponse().readEntity(String.class), e);
        }
        if (e instanceof TimeoutException) {
            return new BackendFailure(service + " did not answer in time", e);
        }
        if (e instanceof CircuitBreakerOpenException) {
            return new BackendFailure(service + " is failing; calls to it are paused for a few seconds", e);
        }
        if (e instanceof ProcessingException || e instanceof VertxException || hasCause(e, IOException.class)) {
            return new BackendFailure(service + " is unavailable: " + rootMessage(e), e);
        }
        return new BackendFailure(service + " failed: " + rootMessage(e), e);
    }

    /** A service's answer with an error status: a refusal (4xx) or a failure of its own (5xx). */
    private static BackendFailure ofStatus(String service, int status, Supplier<String> body, Throwable e) {
        if (status < 500) {
            Problem problem = status == 401 || status == 404 ? null : problem(body);
            String why = switch (status) {
                case 401 -> "refused the caller's token (401)";
                case 403 -> problem != null && problem.rule() != null
                        ? "refused the caller (403)" + describe(problem)
                        : "refused the caller: the role needed is missing (403)";
                case 404 -> "has no such record (404)";
                default -> "rejected the request (HTTP " + status + ")" + describe(problem);
            };
            return new Refused(service + " " + why, e, problem);
        }
        return new BackendFailure(service + " failed (HTTP " + status + ")", e);
    }

    /** The service's own problem+json, when it sent one. */
    private static Problem problem(Supplier<String> answer) {
        try {
            String body = answer.get();
            com.fasterxml.jackson.databind.JsonNode problem = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(body);
            java.util.List<FieldError> errors = new java.util.ArrayList<>();
            problem.path("errors").forEach(e -> errors.add(new FieldError(e.path("field").asText(),
                    e.path("message").asText())));
            return new Problem(problem.hasNonNull("rule") ? problem.get("rule").asText() : null,
                    problem.hasNonNull("detail") ? problem.get("detail").asText() : null, errors);
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }

    private static String describe(Problem problem) {
        if (problem == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (problem.rule() != null) {
            text.append(" by rule ").append(problem.rule());
        }
        if (!problem.errors().isEmpty()) {
            text.append(": ");
            problem.errors().forEach(e -> text.append(e.field()).append(' ').append(e.message()).append("; "));
            text.setLength(text.length() - 2);
        } else if (problem.detail() != null) {
            text.append(": ").append(problem.detail());
        }
        return text.toString();
    }

    private static boolean hasCause(Throwable e, Class<?> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
