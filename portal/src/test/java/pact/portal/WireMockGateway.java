package pact.portal;

import java.util.Map;
import pact.testsupport.WireMockStandIn;

/**
 * Stands in for the gateway in the portal's own tests (mocked because their concern is how
 * pages render answers, partial answers and failures; local-stack's browser tests run the real
 * platform behind the portal).
 */
public class WireMockGateway extends WireMockStandIn {
    @Override
    protected Map<String, String> configFor(String url) {
        return Map.of("pact.portal.gateway-url", url + "/graphql");
    }
}
