package pact.enforcement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The law's limits and periods, each a series of values in force from a date. A rule asks
 * for the value in force on the day that matters (the conduct, the issue), so that a change
 * in the law (the Crime and Policing Act 2026, say) is a new row, not a code change.
 */
public final class LegalParameters {
    public static final String COMMUNITY_PROTECTION_MINIMUM_AGE = "community-protection.minimum-age";
    public static final String DISPERSAL_MINIMUM_AGE = "dispersal.minimum-age";
    public static final String PENALTY_MAXIMUM = "fixed-penalty.maximum";
    public static final String PENALTY_DEFAULT_AMOUNT = "fixed-penalty.default-amount";
    public static final String PENALTY_DISCOUNT_AMOUNT = "fixed-penalty.discount-amount";
    public static final String PENALTY_DISCOUNT_DAYS = "fixed-penalty.discount-days";
    public static final String PENALTY_PAYMENT_DAYS = "fixed-penalty.payment-days";
    public static final String PENALTY_NO_PROCEEDINGS_DAYS = "fixed-penalty.no-proceedings-days";
    public static final String APPEAL_DAYS = "community-protection.appeal-days";
    public static final String DISPERSAL_MAXIMUM_HOURS = "dispersal.maximum-hours";
    public static final String CLOSURE_MAXIMUM_HOURS = "closure-notice.maximum-hours";
    public static final String CLOSURE_EXTENDED_MAXIMUM_HOURS = "closure-notice.extended-maximum-hours";
    public static final String CLOSURE_ISSUING_AUTHORITIES = "closure-notice.issuing-authorities";
    public static final String CLOSURE_EXTENDING_AUTHORITIES = "closure-notice.extending-authorities";
    public static final String PSPO_MAXIMUM_MONTHS = "pspo.maximum-duration-months";
    /** Prefix of the parameters that list, per notice type, the roles with the power to issue it. */
    public static final String POWER_PREFIX = "power.";

    /** Raised when the law asked about had no value on that day (a date before the Act commenced, say). */
    public static final class NotInForce extends RuntimeException {
        public NotInForce(String message) {
            super(message);
        }
    }

    /** One value of one parameter, in force from a date. */
    public record Entry(String name, LocalDate effectiveFrom, String value) {
    }

    private final Map<String, NavigableMap<LocalDate, String>> byName;

    public LegalParameters(List<Entry> entries) {
        this.byName = entries.stream().collect(Collectors.groupingBy(Entry::name,
                Collectors.toMap(Entry::effectiveFrom, Entry::value, (a, b) -> b, TreeMap::new)));
    }

    public int intValue(String name, LocalDate on) {
        return Integer.parseInt(value(name, on));
    }

    public java.math.BigDecimal decimalValue(String name, LocalDate on) {
        return new java.math.BigDecimal(value(name, on));
    }

    /** A comma-separated list value, such as the roles holding a power. */
    public java.util.Set<String> setValue(String name, LocalDate on) {
        return java.util.Arrays.stream(value(name, on).split(",")).map(String::strip)
                .filter(v -> !v.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    public String value(String name, LocalDate on) {
        NavigableMap<LocalDate, String> series = byName.get(name);
        if (series == null) {
            throw new NotInForce("Legal parameter " + name + " is not configured");
        }
        Map.Entry<LocalDate, String> inForce = series.floorEntry(on);
        if (inForce == null) {
            throw new NotInForce("No law in force on " + on + " sets " + name);
        }
        return inForce.getValue();
    }
}
