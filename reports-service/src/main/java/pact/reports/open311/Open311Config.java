package pact.reports.open311;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Open311 clients (each with its own API key), how often they may call, and the jurisdiction they name. */
@ConfigMapping(prefix = "pact.open311")
public interface Open311Config {

    /** Clients by name, such as {@code pact.open311.clients.fixmystreet.api-key=...}. */
    Map<String, Client> clients();

    /** New requests one API key may submit per minute. */
    @WithDefault("30")
    int submissionsPerMinute();

    /** Reads one caller (API key, or address when it has none) may make per minute. */
    @WithDefault("300")
    int readsPerMinute();

    /**
     * Addresses of the reverse proxies whose X-Forwarded-For PACT believes, such as the ingress
     * controller's. Empty (the default) believes nobody: the read limit counts by the connection's
     * own address, since anyone can write an X-Forwarded-For header.
     */
    Optional<List<String>> trustedProxies();

    /**
     * The jurisdiction_id clients send, when PACT's council gives one (FixMyStreet sends what its
     * admin entered): a call naming another is refused. Unset, jurisdiction_id is ignored.
     */
    Optional<String> jurisdictionId();

    /** One client of the Open311 interface. */
    interface Client {
        String apiKey();
    }
}
