package pact.testsupport;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A WireMock server standing in for the HTTP services an application calls, for tests whose
 * concern is what the application sends and how it reports failures (the end-to-end tests in
 * local-stack run the real services). Subclasses say which configuration points at it.
 */
public abstract class WireMockStandIn implements QuarkusTestResourceLifecycleManager {
    private WireMockServer server;

    /** The configuration that sends the application's calls to {@code baseUrl}. */
    protected abstract Map<String, String> configFor(String baseUrl);

    @Override
    public Map<String, String> start() {
        // enough threads for a gateway that sends its calls at once (the default queues them past test timeouts)
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(100));
        server.start();
        return configFor(server.baseUrl());
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
