package pact.reports.rest;

import java.time.Instant;
import pact.reports.domain.PlausibleDates;
import pact.support.paging.PageRequest;
import pact.support.paging.QueryValues;
import pact.support.problem.ProblemException;

/**
 * Query values that service-support parses but does not bound: dates PostgreSQL cannot store
 * and page numbers whose row offset overflows. Each is a 400 naming the parameter, never a 500.
 */
final class BoundedQueryValues {
    /** The deepest row a page may start at; deeper reading should narrow the filters instead. */
    static final long MAX_OFFSET = 10_000_000;

    private BoundedQueryValues() {
    }

    static Instant instant(String name, String raw) {
        Instant value = QueryValues.instant(name, raw);
        if (value != null && !PlausibleDates.contains(value)) {
            throw ProblemException.badField(name, "'" + raw + "' " + PlausibleDates.EXPLANATION);
        }
        return value;
    }

    static PageRequest paging(PageRequest paging) {
        if ((long) paging.page() * paging.size() > MAX_OFFSET) {
            throw ProblemException.badField("page", "must be at most " + MAX_OFFSET / paging.size()
                    + " with size " + paging.size() + "; narrow the filters to reach older reports");
        }
        return paging;
    }
}
