package pact.tasking;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Stands in for reports-service. Mocked because reports-service is another deployable with its
 * own database, and because these tests are about how tasking behaves when it fails (down, 5xx,
 * slow, a malformed hotspot), which a real instance cannot be made to do on demand. The stubs
 * pin the contract of reports-service's GET /api/hotspots: a map whose {@code hotspots} are
 * {cellId, geometry (GeoJSON Polygon), count, zScore, ...}.
 */
public class ReportsServiceMock implements QuarkusTestResourceLifecycleManager {
    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return Map.of("quarkus.rest-client.reports-service.url", server.baseUrl(),
                "quarkus.rest-client.reports-service.read-timeout", "1000");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
