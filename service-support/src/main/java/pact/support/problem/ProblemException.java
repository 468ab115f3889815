package pact.support.problem;

import java.util.List;

/**
 * Thrown by resources and domain services to refuse a request with a given status; the
 * mapper turns it into problem+json. Use the factories so that titles stay consistent.
 */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException badField(String field, String message) {
        return new ProblemException(Problem.invalid(List.of(new Problem.FieldError(field, message))));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "Not found", what + " does not exist"));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "Forbidden", detail));
    }

    /** A caller who may not do this, by a named rule (the issuing officer is the one signed in, say). */
    public static ProblemException forbiddenByRule(String rule, String detail) {
        return new ProblemException(new Problem("https://pact.example/problems/forbidden", "Forbidden by rule " + rule,
                403, detail, null, rule, List.of()));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "Conflict", detail));
    }

    /** A request that is well formed but that a named rule (often the statute) does not allow. */
    public static ProblemException ruleRefused(String rule, String detail) {
        return new ProblemException(new Problem("https://pact.example/problems/rule-refused",
                "Refused by rule " + rule, 422, detail, null, rule, List.of()));
    }
}
