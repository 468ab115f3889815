package pact.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Stands in for the three services in the gateway's own tests (mocked because the gateway's
 * concern here is what it sends and how it reports failures; the end-to-end test in
 * local-stack runs the real services).
 */
public class WireMockBackends implements QuarkusTestResourceLifecycleManager {
    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        String url = server.baseUrl();
        return Map.of(
                "quarkus.rest-client.reports-service.url", url,
                "quarkus.rest-client.tasking-service.url", url,
                "quarkus.rest-client.enforcement-service.url", url);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectWireMock.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
