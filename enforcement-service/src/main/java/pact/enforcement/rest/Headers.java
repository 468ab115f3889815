package pact.enforcement.rest;

import jakarta.ws.rs.core.EntityTag;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pact.support.problem.Problem;
import pact.support.problem.ProblemException;

/** The HTTP headers of the Met enforcement API: Idempotency-Key, If-Match/ETag and X-Access-Reason. */
final class Headers {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String ACCESS_REASON = "X-Access-Reason";
    static final String IDEMPOTENT_REPLAY = "Idempotent-Replayed";
    private static final Pattern TAG = Pattern.compile("^(?:W/)?\"(\\d{1,18})\"$");

    private Headers() {
    }

    static String requireIdempotencyKey(String key) {
        if (key == null || key.isBlank()) {
            throw ProblemException.badField(IDEMPOTENCY_KEY,
                    "is required on every create so that a retried request never creates a second record");
        }
        if (key.length() > 200) {
            throw ProblemException.badField(IDEMPOTENCY_KEY, "must be at most 200 characters");
        }
        return key.strip();
    }

    static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.badField(ACCESS_REASON,
                    "is required to read personal data: state why (DPA 2018 s.62 logs it)");
        }
        if (reason.length() > 500) {
            throw ProblemException.badField(ACCESS_REASON, "must be at most 500 characters");
        }
        return reason;
    }

    /** The version an If-Match names; null when absent, and a tag we never issued never matches. */
    static Long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        Matcher m = TAG.matcher(header.strip());
        if (!m.matches()) {
            throw new ProblemException(Problem.of(412, "Precondition Failed",
                    "If-Match " + header + " is not an ETag this API issued"));
        }
        return Long.parseLong(m.group(1));
    }

    static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
