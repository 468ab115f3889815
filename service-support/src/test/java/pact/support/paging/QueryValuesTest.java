package pact.support.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pact.support.problem.ProblemException;

class QueryValuesTest {

    static String refusedField(Runnable parse) {
        return assertThrows(ProblemException.class, parse::run).problem().errors().get(0).field();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+300000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z", "1899-12-31T23:00:00Z",
        "2201-01-01T00:00:00Z", "+999999999-12-31T23:59:59-18:00"})
    void a_date_time_filter_outside_the_filter_years_names_the_parameter(String raw) {
        assertEquals("from", refusedField(() -> QueryValues.instant("from", raw)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+300000-01-01", "0001-01-01", "2201-01-01"})
    void a_date_filter_outside_the_filter_years_names_the_parameter(String raw) {
        assertEquals("on", refusedField(() -> QueryValues.date("on", raw)));
    }

    @Test
    void an_ordinary_filter_is_read() {
        assertEquals(Instant.parse("2026-06-01T20:30:00Z"), QueryValues.instant("from", "2026-06-01T21:30:00+01:00"));
    }

    @Test
    void a_plain_date_is_the_start_of_that_day_in_london_and_a_full_instant_still_works() {
        assertEquals(Instant.parse("2018-01-01T00:00:00Z"), QueryValues.instantOrDate("from", "2018-01-01"));
        // British Summer Time: midnight in London is 23:00 UTC the day before
        assertEquals(Instant.parse("2018-06-30T23:00:00Z"), QueryValues.instantOrDate("to", "2018-07-01"));
        assertEquals(Instant.parse("2018-07-01T12:00:00Z"), QueryValues.instantOrDate("to", "2018-07-01T12:00:00Z"));
        assertEquals(null, QueryValues.instantOrDate("to", " "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-02-30", "2018-1-01", "yesterday", "2201-01-01", "1899-12-31"})
    void a_date_that_is_not_one_names_the_parameter(String raw) {
        assertEquals("trainFrom", refusedField(() -> QueryValues.instantOrDate("trainFrom", raw)));
    }

    @Test
    void decimals_are_read_in_plain_notation_only_and_within_bounds() {
        assertEquals(212.2, QueryValues.decimal("band", "212.2", 225, 150, 1500));
        assertEquals(225, QueryValues.decimal("band", null, 225, 150, 1500));
        assertEquals(300, QueryValues.decimal("band", "300", 225, 150, 1500));
        for (String raw : new String[] {"NaN", "Infinity", "2e2", "0x1p8", "212,2", "149.9", "1500.1"}) {
            assertEquals("band", refusedField(() -> QueryValues.decimal("band", raw, 225, 150, 1500)), raw);
        }
    }

    @Test
    void an_unknown_query_parameter_is_refused_by_name() {
        QueryValues.onlyKnown(java.util.List.of("from", "to"), java.util.Set.of("from", "to", "category"));
        assertEquals("catgory", refusedField(() -> QueryValues.onlyKnown(java.util.List.of("from", "catgory"),
                java.util.Set.of("from", "to", "category"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000000", "1000001", "-1", "99999999999999"})
    void a_page_number_out_of_range_names_page(String raw) {
        PageRequest request = new PageRequest();
        request.page = raw;
        assertEquals("page", refusedField(request::page));
    }

    @Test
    void the_last_page_allowed_keeps_the_row_offset_inside_an_int() {
        PageRequest request = PageRequest.of(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE);
        long offset = (long) request.page() * request.size();
        assertEquals(offset, (int) offset);
    }
}
