package pact.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code errors} names each offending field so that
 * a client can show the message beside the right input.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        String rule, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field that was refused and why. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null, List.of());
    }

    public static Problem invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new Problem("https://pact.example/problems/invalid-request", "Invalid request", 400, detail,
                null, null, List.copyOf(errors));
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, rule, errors);
    }
}
