package pact.tasking;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Stands in for reports-service. Mocked because its hotspot endpoint does not exist yet: these
 * tests pin the contract tasking expects (GET /api/hotspots?from&to&cellSize returning
 * {cellId, geometry, count, zScore}) and how tasking behaves when that service fails, which a
 * real instance cannot be made to do on demand.
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
