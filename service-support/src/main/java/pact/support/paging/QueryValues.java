package pact.support.paging;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import pact.support.problem.ProblemException;
import pact.support.validation.Plausible;

/**
 * Parses query-string filters so that a bad value is a 400 naming the parameter; JAX-RS
 * itself would answer a failed conversion with a bare 404. Dates and times must also fall in
 * {@link Plausible}'s filter years, so that an overflowing year never reaches the database.
 */
public final class QueryValues {
    private static final Pattern PLAIN_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Plain decimal notation only: Java would also read NaN, Infinity, 1e3 and 0x1p3. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d{1,15}(\\.\\d*)?|\\.\\d+)");

    private QueryValues() {
    }

    /**
     * Refuses the first query parameter that is not one of {@code known}, so that a misspelt filter
     * (say {@code catgory=NOISE}) is a 400 naming it rather than a silently unfiltered answer.
     */
    public static void onlyKnown(Collection<String> given, Set<String> known) {
        for (String name : given) {
            if (!known.contains(name)) {
                throw ProblemException.badField(name,
                        "is not a parameter here; known are " + known.stream().sorted().toList());
            }
        }
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
        return instant(name, raw, "is not an ISO-8601 date-time such as 2026-06-01T21:30:00Z");
    }

    private static Instant instant(String name, String raw, String refusal) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Instant value;
        try {
            value = OffsetDateTime.parse(raw.trim()).toInstant();
        } catch (DateTimeException | ArithmeticException e) {
            throw ProblemException.badField(name, "'" + raw + "' " + refusal);
        }
        String problem = Plausible.filterProblem(value);
        if (problem != null) {
            throw ProblemException.badField(name, problem);
        }
        return value;
    }

    /**
     * An ISO-8601 date-time, or a plain date such as 2018-01-01 read as the start of that day in
     * London (Europe/London, so summer dates start at 23:00 UTC the day before), as people write
     * date ranges.
     */
    public static Instant instantOrDate(String name, String raw) {
        if (raw == null || !PLAIN_DATE.matcher(raw.trim()).matches()) {
            return instant(name, raw, "is neither a date such as 2026-06-01 nor an ISO-8601 date-time such as "
                    + "2026-06-01T21:30:00Z");
        }
        return date(name, raw).atStartOfDay(Plausible.LONDON).toInstant();
    }

    /**
     * A decimal number such as 212.2 from {@code min} to {@code max}, {@code fallback} when none is
     * given; NaN, infinities and hexadecimal forms are refused.
     */
    public static double decimal(String name, String raw, double fallback, double min, double max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        if (!DECIMAL.matcher(raw.strip()).matches()) {
            throw ProblemException.badField(name, "'" + raw + "' is not a number such as 212.5");
        }
        double value = Double.parseDouble(raw.strip());
        if (value < min || value > max) {
            throw ProblemException.badField(name, "must be from " + plain(min) + " to " + plain(max));
        }
        return value;
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
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
