package pact.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import pact.portal.view.Views;

/** When the behaviour happened, from the intake form's date and optional time, London time. */
class ReportTimeTest {

    @Test
    void today_without_a_time_is_never_in_the_future_whatever_the_hour() {
        String today = LocalDate.now(Views.LONDON).toString();
        Instant at = Instant.parse(ReportPages.instant(new Forms(), today, ""));
        assertFalse(at.isAfter(Instant.now()), "noon today is in the future before noon: " + at);
    }

    @Test
    void an_earlier_day_without_a_time_is_its_noon_and_a_time_is_read_as_london_time() {
        assertEquals(ZonedDateTime.of(2026, 7, 1, 12, 0, 0, 0, Views.LONDON).toInstant().toString(),
                ReportPages.instant(new Forms(), "2026-07-01", null));
        // 21:30 in July is British Summer Time, 20:30 UTC
        assertEquals("2026-07-01T20:30:00Z", ReportPages.instant(new Forms(), "2026-07-01", "21:30"));
        assertEquals("2026-12-01T21:30:00Z", ReportPages.instant(new Forms(), "2026-12-01", "21:30"));
    }
}
