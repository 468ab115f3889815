package pact.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pact.reports.open311.WhenItHappened;

/** How PACT reads a resident's "When did it happen?" from an Open311 client. */
class Open311WhenItHappenedTest {
    static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        // FixMyStreet's date picker: London wall-clock time, no seconds, no zone
        "2026-12-02T10:33, 2026-12-02T10:33:00Z",
        "2026-07-02T10:33, 2026-07-02T09:33:00Z",
        "2026-07-02T10:33:45, 2026-07-02T09:33:45Z",
        // the hour the clocks skip (01:00 GMT becomes 02:00 BST): moved on by the hour skipped
        "2026-03-29T01:30, 2026-03-29T01:30:00Z",
        // the hour the clocks go back runs twice: the first of the two, still BST
        "2026-10-25T01:30, 2026-10-25T00:30:00Z",
        // a time with a zone or offset means what it says
        "2026-07-02T10:33:00Z, 2026-07-02T10:33:00Z",
        "2026-07-02T10:33:00+02:00, 2026-07-02T08:33:00Z",
        "2026-07-02T10:33:00+01:00[Europe/London], 2026-07-02T09:33:00Z"})
    void a_time_is_read_as_london_time_unless_it_names_its_zone(String given, String meant) {
        WhenItHappened when = WhenItHappened.read(given, NOW);
        assertEquals(Instant.parse(meant), when.time().toInstant());
        assertNull(when.asGiven());
    }

    @ParameterizedTest
    @CsvSource({"last Tuesday evening", "02/12/2026 10:33", "1850-01-01T10:00", "+300000-01-01T00:00:00Z",
        "2026-12-03T14:00"})
    void an_unreadable_an_implausible_or_a_future_time_is_kept_as_given_and_the_report_filed_now(String given) {
        WhenItHappened when = WhenItHappened.read("  " + given + " ", NOW);
        assertEquals(NOW, when.time().toInstant());
        assertEquals(given, when.asGiven());
    }

    @Test
    void no_answer_is_now_and_a_long_answer_is_kept_cut() {
        assertEquals(NOW, WhenItHappened.read("", NOW).time().toInstant());
        assertNull(WhenItHappened.read(null, NOW).asGiven());
        assertEquals("x".repeat(200) + "…", WhenItHappened.read("x".repeat(5000), NOW).asGiven());
    }
}
