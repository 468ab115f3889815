package pact.reports;

import java.util.Map;
import pact.testsupport.WireMockStandIn;

/**
 * Stands in for tasking-service's and enforcement-service's change feeds. A stand-in because those
 * are other deployables with their own databases, and because these tests need a feed that goes
 * down, repeats itself or names a report that does not exist on demand; the end-to-end test runs
 * the real feeds.
 */
public class OtherServicesStandIn extends WireMockStandIn {
    @Override
    protected Map<String, String> configFor(String baseUrl) {
        return Map.of("pact.feeds.tasking-url", baseUrl, "pact.feeds.enforcement-url", baseUrl + "/");
    }
}
