package pact.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which address the anonymous Open311 read limit counts a call against. */
class CallerAddressTest {

    static String of(String peer, String forwardedFor, Set<String> trusted) {
        return pact.reports.open311.CallerAddress.of(peer, forwardedFor, trusted);
    }

    @Test
    void with_no_trusted_proxy_the_connection_address_counts_whatever_the_header_says() {
        assertEquals("203.0.113.7", of("203.0.113.7", "198.51.100.1", Set.of()));
        assertEquals("203.0.113.7", of("203.0.113.7", "198.51.100.1, 10.0.0.1", Set.of()));
        assertEquals("203.0.113.7", of("203.0.113.7", null, Set.of()));
    }

    @Test
    void a_header_from_an_untrusted_peer_is_ignored_even_when_proxies_are_configured() {
        assertEquals("203.0.113.7", of("203.0.113.7", "198.51.100.1", Set.of("10.0.0.1")));
    }

    @Test
    void behind_a_trusted_proxy_the_nearest_untrusted_hop_counts_not_what_the_caller_wrote_on_the_left() {
        assertEquals("198.51.100.1", of("10.0.0.1", "198.51.100.1", Set.of("10.0.0.1")));
        assertEquals("198.51.100.1", of("10.0.0.1", "1.2.3.4, 198.51.100.1", Set.of("10.0.0.1")));
        assertEquals("198.51.100.1", of("10.0.0.2", "1.2.3.4, 198.51.100.1, 10.0.0.1",
                Set.of("10.0.0.1", "10.0.0.2")));
        assertEquals("10.0.0.1", of("10.0.0.1", " ", Set.of("10.0.0.1")));
    }
}
