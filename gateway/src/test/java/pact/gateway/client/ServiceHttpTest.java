package pact.gateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceHttpTest {

    @Test
    void a_query_leaves_out_missing_values_and_repeats_a_list() {
        assertEquals("?page=0&cellId=c-1&cellId=c-2",
                ServiceHttp.query("page", 0, "status", null, "cellId", List.of("c-1", "c-2")));
    }

    @Test
    void values_are_percent_encoded_so_that_the_service_reads_them_back_unchanged() {
        assertEquals("?ward=St%20James%27s&ids=r-1%2Cr-2&at=2018-01-01T00%3A00%3A00Z",
                ServiceHttp.query("ward", "St James's", "ids", "r-1,r-2", "at", "2018-01-01T00:00:00Z"));
        assertEquals("a%2Fb%20c", ServiceHttp.segment("a/b c"));
    }

    @Test
    void no_values_make_no_query_string() {
        assertEquals("", ServiceHttp.query("status", null, "id", List.of()));
    }
}
