package pact.reports.domain;

import java.time.Instant;

/**
 * The dates PACT accepts in filters and reports. ISO 8601 allows years such as +300000, which
 * parse in Java but lie beyond what PostgreSQL stores; anything outside these bounds is a
 * client's mistake, not a query to run.
 */
public final class PlausibleDates {
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    public static final String EXPLANATION = "must lie between 1900-01-01 and 9999-12-31";

    private PlausibleDates() {
    }

    public static boolean contains(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }
}
