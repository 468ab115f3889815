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
