package pact.enforcement.domain.pspo;

import java.time.LocalTime;

/**
 * The hours in a day when a prohibition applies; a window may cross midnight (22:00 to 06:00).
 * Null ends mean all day.
 */
public record TimeOfDay(LocalTime from, LocalTime to) {

    public boolean contains(LocalTime time) {
        if (from == null || to == null) {
            return true;
        }
        if (from.isBefore(to)) {
            return !time.isBefore(from) && time.isBefore(to);
        }
        return !time.isBefore(from) || time.isBefore(to);
    }
}
