package pact.support.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation that is going away: its answers carry {@code Deprecation} (RFC 9745), {@code Sunset}
 * (RFC 8594) and a {@code Link} to the operation that replaces it, so that a client's logs show the
 * notice long before the day. Put Java's {@code @Deprecated} beside it, which marks the operation
 * deprecated in the OpenAPI document.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Sunset {
    /** The day it was deprecated, as an ISO date (2026-12-03). */
    String deprecatedOn();

    /** The day after which it may stop answering, as an ISO date. */
    String on();

    /** The path of the operation to use instead. */
    String successor();
}
