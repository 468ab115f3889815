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

    public String value(String name, LocalDate on) {
        NavigableMap<LocalDate, String> series = byName.get(name);
        if (series == null) {
            throw new IllegalStateException("Legal parameter " + name + " is not configured");
        }
        Map.Entry<LocalDate, String> inForce = series.floorEntry(on);
        if (inForce == null) {
            throw new IllegalStateException("Legal parameter " + name + " has no value in force on " + on);
        }
        return inForce.getValue();
    }
}
