package pact.support.validation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

/**
 * The one place where PACT says which dates, times and characters a person could mean. Every
 * service's request records (through the constraint annotations of this package) and query
 * filters (through {@code QueryValues}) use these numbers, so a range changes here or nowhere.
 */
public final class Plausible {
    /** Days, as the public and officers name them: PACT works on London time. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Query filters: wide, since a search over "everything" is fine, but years outside it are typos or probes. */
    public static final int FILTER_FIRST_YEAR = 1900;
    public static final int FILTER_LAST_YEAR = 2200;
    private static final Instant FILTER_EARLIEST = LocalDate.of(FILTER_FIRST_YEAR, 1, 1)
            .atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant FILTER_AFTER = LocalDate.of(FILTER_LAST_YEAR + 1, 1, 1)
            .atStartOfDay(ZoneOffset.UTC).toInstant();

    /** Events (a report, a notice, an offence, a check-in) happened after PACT's oldest records begin... */
    public static final Instant EVENT_EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    /** ...and not later than a day from now (clock skew and time zones, never the future proper). */
    public static final Duration EVENT_LEAD = Duration.ofDays(1);

    /** Plans (task windows, shifts, patrols, deadlines) start no earlier than events and reach at most two years ahead. */
    public static final Instant PLAN_EARLIEST = EVENT_EARLIEST;
    public static final Period PLAN_HORIZON = Period.ofYears(2);

    /** Dates of birth: nobody alive was born before 1900, and nobody is born in the future. */
    public static final LocalDate BIRTH_EARLIEST = LocalDate.of(1900, 1, 1);

    static Clock clock = Clock.systemUTC();

    private Plausible() {
    }

    /** Why a query filter's instant is out of range, or null when it is fine. */
    public static String filterProblem(Instant value) {
        // compared as instants: an instant near Instant.MAX has no year in a LocalDateTime
        return value.isBefore(FILTER_EARLIEST) || !value.isBefore(FILTER_AFTER) ? yearsMessage() : null;
    }

    /** Why a query filter's date is out of range, or null when it is fine. */
    public static String filterProblem(LocalDate value) {
        return value.getYear() < FILTER_FIRST_YEAR || value.getYear() > FILTER_LAST_YEAR ? yearsMessage() : null;
    }

    /** Why an event time is implausible, or null when it is fine. */
    public static String eventProblem(Instant value) {
        Instant latest = clock.instant().plus(EVENT_LEAD);
        return value.isBefore(EVENT_EARLIEST) || value.isAfter(latest)
                ? "must be between " + EVENT_EARLIEST + " and a day from now" : null;
    }

    /** Why a planned time (a window, a shift, a deadline) is implausible, or null when it is fine. */
    public static String planProblem(Instant value) {
        Instant latest = ZonedDateTime.now(clock).plus(PLAN_HORIZON).toInstant();
        return value.isBefore(PLAN_EARLIEST) || value.isAfter(latest)
                ? "must be between " + PLAN_EARLIEST + " and " + PLAN_HORIZON.getYears() + " years from now" : null;
    }

    /** Why a date of birth is implausible, or null when it is fine. */
    public static String birthProblem(LocalDate value) {
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        return value.isBefore(BIRTH_EARLIEST) || value.isAfter(today)
                ? "must be between " + BIRTH_EARLIEST + " and today" : null;
    }

    /** A date-time as an instant; a calendar date as the start of its day in London. */
    static Instant toInstant(Temporal value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay(LONDON).toInstant();
        }
        throw new IllegalArgumentException("A plausibility check needs a date or a date-time, not a "
                + value.getClass().getSimpleName());
    }

    private static String yearsMessage() {
        return "must fall in the years " + FILTER_FIRST_YEAR + " to " + FILTER_LAST_YEAR;
    }
}
