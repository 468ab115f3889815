package pact.tasking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import pact.tasking.domain.DutyRoster.Period;

class DutyRosterTest {
    static final Instant NINE = Instant.parse("2026-06-01T09:00:00Z");
    static final Duration TWELVE_HOURS = Duration.ofHours(12);

    static Period shift(int fromHour, int toHour) {
        return new Period(DutyKind.SHIFT, NINE.plusSeconds(3600L * (fromHour - 9)),
                NINE.plusSeconds(3600L * (toHour - 9)));
    }

    @Test
    void an_officer_cannot_be_on_two_overlapping_shifts() {
        assertTrue(DutyRoster.refusal(List.of(shift(9, 17)), shift(16, 20), TWELVE_HOURS).orElseThrow()
                .startsWith("it overlaps the shift"));
    }

    @Test
    void back_to_back_shifts_do_not_overlap() {
        assertTrue(DutyRoster.refusal(List.of(shift(9, 17)), shift(17, 21), TWELVE_HOURS).isEmpty());
    }

    @Test
    void a_shift_longer_than_the_configured_longest_is_refused() {
        assertTrue(DutyRoster.refusal(List.of(), shift(6, 19), TWELVE_HOURS).orElseThrow().contains("12 hours"));
    }

    @Test
    void availability_follows_shift_leave_and_task() {
        Period leave = new Period(DutyKind.LEAVE, NINE.plusSeconds(8 * 3600), NINE.plusSeconds(30 * 3600));
        List<Period> periods = List.of(shift(9, 17), leave);
        assertEquals(Availability.ON_DUTY, DutyRoster.at(periods, false, NINE));
        assertEquals(Availability.ON_TASK, DutyRoster.at(periods, true, NINE));
        assertEquals(Availability.LEAVE, DutyRoster.at(periods, false, NINE.plusSeconds(9 * 3600)));
        assertEquals(Availability.OFF_DUTY, DutyRoster.at(periods, false, NINE.minusSeconds(1)));
        assertEquals(Availability.OFF_DUTY, DutyRoster.at(List.of(shift(9, 17)), false, shift(9, 17).endsAt()));
    }
}
