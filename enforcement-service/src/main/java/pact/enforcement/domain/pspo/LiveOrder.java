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

    /** The prohibition this order imposes on the behaviour at that place and local time, if any. */
    public Optional<Prohibition> applies(Point point, LocalDateTime at, String behaviour) {
        if (!PspoStatus.IN_FORCE.contains(status) || area == null || activeFrom == null || activeTo == null) {
            return Optional.empty();
        }
        LocalDate day = at.toLocalDate();
        if (day.isBefore(activeFrom) || day.isAfter(activeTo)) {
            return Optional.empty();
        }
        if (!area.covers(point)) {
            return Optional.empty();
        }
        return prohibitions.stream()
                .filter(p -> behaviour == null || p.code().equalsIgnoreCase(behaviour))
                .filter(p -> p.hours() == null || p.hours().contains(at.toLocalTime()))
                .findFirst();
    }
}
