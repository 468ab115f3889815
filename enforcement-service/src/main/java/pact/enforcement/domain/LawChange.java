package pact.enforcement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import pact.enforcement.domain.rules.NoticeRule.Refusal;

/**
 * A change to the law's parameters proposed by the legal team: a new value from a future date.
 * The past is never edited: notices already judged keep the law they were judged by, so a value
 * may be set, replaced or withdrawn only from tomorrow on.
 */
public record LawChange(String name, LocalDate effectiveFrom, String value) {
    public static final String RULE = "law-not-retroactive";
    static final Set<String> ROLES = Set.of("city-inspector", "police-officer", "met-system", "council-officer");

    /** The kind of value a parameter holds, known from its name. */
    public enum Kind {
        WHOLE_NUMBER, MONEY, ROLES, AUTHORITIES
    }

    public static Kind kindOf(String name) {
        if (name.startsWith(LegalParameters.POWER_PREFIX)) {
            return Kind.ROLES;
        }
        if (name.endsWith("-authorities")) {
            return Kind.AUTHORITIES;
        }
        if (name.equals(LegalParameters.PENALTY_MAXIMUM) || name.equals(LegalParameters.PENALTY_DEFAULT_AMOUNT)
                || name.equals(LegalParameters.PENALTY_DISCOUNT_AMOUNT)) {
            return Kind.MONEY;
        }
        return Kind.WHOLE_NUMBER;
    }

    /** Why the value is not one the parameter can hold, if it is not. */
    public Optional<String> invalidValue() {
        String v = value.strip();
        return switch (kindOf(name)) {
            case WHOLE_NUMBER -> v.matches("\\d{1,4}") ? Optional.empty()
                    : Optional.of("must be a whole number from 0 to 9999");
            case MONEY -> v.matches("\\d{1,6}(\\.\\d{1,2})?") ? Optional.empty()
                    : Optional.of("must be an amount in pounds such as 500 or 99.50");
            case ROLES -> unknown(v, ROLES).map(u -> "names unknown roles " + u + "; roles are " + ROLES.stream()
                    .sorted().toList());
            case AUTHORITIES -> unknown(v, Arrays.stream(Authority.values()).map(Enum::name).collect(Collectors.toSet()))
                    .map(u -> "names unknown authorities " + u + "; they are " + Arrays.toString(Authority.values()));
        };
    }

    private static Optional<Set<String>> unknown(String list, Set<String> known) {
        Set<String> items = Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        if (items.isEmpty()) {
            return Optional.of(Set.of("(none)"));
        }
        Set<String> unknown = items.stream().filter(i -> !known.contains(i)).collect(Collectors.toSet());
        return unknown.isEmpty() ? Optional.empty() : Optional.of(unknown);
    }

    /** Refused when it would change the law in force today or before. */
    public Optional<Refusal> retroactive(LocalDate today) {
        if (!effectiveFrom.isAfter(today)) {
            return Optional.of(new Refusal(RULE, "The law in force on " + effectiveFrom + " is on record and notices "
                    + "were judged by it; a value can be set or withdrawn only from " + today.plusDays(1) + " on"));
        }
        return Optional.empty();
    }

    /** The value as stored: a money amount keeps its pence. */
    public String normalisedValue() {
        String v = value.strip();
        return switch (kindOf(name)) {
            case MONEY -> new BigDecimal(v).toPlainString();
            case ROLES, AUTHORITIES -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .distinct().collect(Collectors.joining(","));
            case WHOLE_NUMBER -> String.valueOf(Integer.parseInt(v));
        };
    }
}
