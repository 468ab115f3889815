package pact.support.validation;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlausibleTest {
    static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    @BeforeEach
    void fixTheClock() {
        Plausible.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @AfterEach
    void freeTheClock() {
        Plausible.clock = Clock.systemUTC();
    }

    @Test
    void an_event_is_from_1990_to_a_day_from_now() {
        assertNull(Plausible.eventProblem(Instant.parse("1990-01-01T00:00:00Z")));
        assertNull(Plausible.eventProblem(NOW.plusSeconds(86_400)));
        assertNotNull(Plausible.eventProblem(Instant.parse("1989-12-31T23:59:59Z")));
        assertNotNull(Plausible.eventProblem(NOW.plusSeconds(86_401)));
        assertNotNull(Plausible.eventProblem(Instant.parse("1850-06-01T00:00:00Z")));
    }

    @Test
    void a_plan_reaches_two_years_ahead_and_no_further() {
        assertNull(Plausible.planProblem(Instant.parse("2028-12-02T12:00:00Z")));
        assertNotNull(Plausible.planProblem(Instant.parse("2028-12-02T12:00:01Z")));
        assertNotNull(Plausible.planProblem(Instant.parse("9999-12-31T00:00:00Z")));
        assertNotNull(Plausible.planProblem(Instant.parse("0001-01-01T00:00:00Z")));
    }

    @Test
    void a_date_of_birth_is_from_1900_to_today() {
        assertNull(Plausible.birthProblem(LocalDate.of(1900, 1, 1)));
        assertNull(Plausible.birthProblem(LocalDate.of(2026, 12, 2)));
        assertNotNull(Plausible.birthProblem(LocalDate.of(1899, 12, 31)));
        assertNotNull(Plausible.birthProblem(LocalDate.of(2026, 12, 3)));
        assertNotNull(Plausible.birthProblem(LocalDate.of(1800, 1, 1)));
    }

    @Test
    void a_filter_falls_in_the_years_1900_to_2200() {
        assertNull(Plausible.filterProblem(Instant.parse("1900-01-01T00:00:00Z")));
        assertNull(Plausible.filterProblem(LocalDate.of(2200, 12, 31)));
        assertNotNull(Plausible.filterProblem(LocalDate.of(2201, 1, 1)));
        assertNotNull(Plausible.filterProblem(Instant.parse("+300000-01-01T00:00:00Z")));
    }
}
