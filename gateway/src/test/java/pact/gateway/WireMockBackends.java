package pact.gateway;

import java.util.Map;
import pact.testsupport.WireMockStandIn;

/**
 * Stands in for the three services in the gateway's own tests (mocked because the gateway's
 * concern here is what it sends and how it reports failures; the end-to-end test in
 * local-stack runs the real services).
 */
public class WireMockBackends extends WireMockStandIn {
    @Override
    protected Map<String, String> configFor(String url) {
        return Map.of(
                "quarkus.rest-client.reports-service.url", url,
                "quarkus.rest-client.tasking-service.url", url,
                "quarkus.rest-client.enforcement-service.url", url);
    }
}
