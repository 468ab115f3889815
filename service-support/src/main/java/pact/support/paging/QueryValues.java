package pact.support.paging;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import pact.support.problem.ProblemException;
import pact.support.validation.Plausible;

/**
 * Parses query-string filters so that a bad value is a 400 naming the parameter; JAX-RS
 * itself would answer a failed conversion with a bare 404. Dates and times must also fall in
 * {@link Plausible}'s filter years, so that an overflowing year never reaches the database.
 */
public final class QueryValues {
    private QueryValues() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(name,
                    "'" + raw + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Instant value;
        try {
            value = OffsetDateTime.parse(raw.trim()).toInstant();
        } catch (DateTimeException | ArithmeticException e) {
            throw ProblemException.badField(name,
                    "'" + raw + "' is not an ISO-8601 date-time such as 2026-06-01T21:30:00Z");
        }
        String problem = Plausible.filterProblem(value);
        if (problem != null) {
            throw ProblemException.badField(name, problem);
        }
        return value;
    }

    public static UUID uuid(String name, String raw) {
        try {
            return UUID.fromString(raw.trim());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.badField(name, "'" + raw + "' is not a UUID");
        }
    }

    /** A calendar date such as 2026-06-01; required. */
    public static LocalDate date(String name, String raw) {
        LocalDate value;
        try {
            value = LocalDate.parse(raw.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            throw ProblemException.badField(name, "'" + raw + "' is not a date such as 2026-06-01");
        }
        String problem = Plausible.filterProblem(value);
        if (problem != null) {
            throw ProblemException.badField(name, problem);
        }
        return value;
    }

    /** A calendar date such as 2026-06-01, or null when none is given. */
    public static LocalDate optionalDate(String name, String raw) {
        return raw == null || raw.isBlank() ? null : date(name, raw);
    }

    /** A change-feed cursor: a number this API returned, 0 (the start) when none is given. */
    public static long feedCursor(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return 0;
        }
        try {
            long value = Long.parseLong(raw.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw ProblemException.badField(name, "is not a cursor this API returned");
    }

    /** How many items to return: {@code fallback} when none is given, else a whole number from 1 to {@code max}. */
    public static int limit(String name, String raw, int fallback, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw ProblemException.badField(name, "must be a whole number from 1 to " + max);
    }
}
