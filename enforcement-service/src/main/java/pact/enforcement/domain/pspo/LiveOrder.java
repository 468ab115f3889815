package pact.enforcement.domain.pspo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;

/**
 * An order as the point lookup sees it: a prepared area (fast repeated point tests), its
 * active period and its prohibitions. An order without a mapped area never applies.
 */
public record LiveOrder(String id, String name, PspoStatus status, LocalDate activeFrom, LocalDate activeTo,
        PreparedGeometry area, List<Prohibition> prohibitions) {

    /** Why an order does not apply to a behaviour at a place and time, most basic first. */
    public enum Miss {
        NOT_IN_FORCE("is not in force (%s)"),
        NO_MAPPED_AREA("has no mapped area on record, so no penalty can rest on it"),
        NOT_YET_IN_FORCE("is not yet in force (from %s)"),
        EXPIRED("expired (it ran to %s)"),
        OUTSIDE_AREA("does not cover that place"),
        NOT_PROHIBITED("does not prohibit %s"),
        OUTSIDE_HOURS("prohibits it only at other times of day");

        private final String text;

        Miss(String text) {
            this.text = text;
        }
    }

    /** The prohibition this order imposes on the behaviour at that place and local time, if any. */
    public Optional<Prohibition> applies(Point point, LocalDateTime at, String behaviour) {
        return miss(point, at, behaviour).isPresent() ? Optional.empty() : prohibition(at, behaviour);
    }

    /** Why it does not apply, or empty when it does. */
    public Optional<Miss> miss(Point point, LocalDateTime at, String behaviour) {
        if (!PspoStatus.IN_FORCE.contains(status) || activeFrom == null || activeTo == null) {
            return Optional.of(Miss.NOT_IN_FORCE);
        }
        if (area == null) {
            return Optional.of(Miss.NO_MAPPED_AREA);
        }
        LocalDate day = at.toLocalDate();
        if (day.isBefore(activeFrom)) {
            return Optional.of(Miss.NOT_YET_IN_FORCE);
        }
        if (day.isAfter(activeTo)) {
            return Optional.of(Miss.EXPIRED);
        }
        if (!area.covers(point)) {
            return Optional.of(Miss.OUTSIDE_AREA);
        }
        if (prohibitions.stream().noneMatch(p -> behaviour == null || p.code().equalsIgnoreCase(behaviour))) {
            return Optional.of(Miss.NOT_PROHIBITED);
        }
        return prohibition(at, behaviour).isPresent() ? Optional.empty() : Optional.of(Miss.OUTSIDE_HOURS);
    }

    /** The miss in words, naming the order: "City-wide Dog Control expired (it ran to 2025-12-02)". */
    public String explain(Miss miss, String behaviour) {
        String detail = switch (miss) {
            case NOT_IN_FORCE -> String.format(miss.text, status);
            case NOT_YET_IN_FORCE -> String.format(miss.text, activeFrom);
            case EXPIRED -> String.format(miss.text, activeTo);
            case NOT_PROHIBITED -> String.format(miss.text, behaviour);
            default -> miss.text;
        };
        return name + " (" + id + ") " + detail;
    }

    private Optional<Prohibition> prohibition(LocalDateTime at, String behaviour) {
        return prohibitions.stream()
                .filter(p -> behaviour == null || p.code().equalsIgnoreCase(behaviour))
                .filter(p -> p.hours() == null || p.hours().contains(at.toLocalTime()))
                .findFirst();
    }
}
