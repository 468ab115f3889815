package pact.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import pact.stack.StackLayout.App;

/**
 * The real platform, started once for all the end-to-end test classes by the same machinery as
 * {@code ./pact up} (on ports moved by 10000 so that it can run beside a developer's): real
 * Keycloak with the committed realm, the services each on its own embedded PostgreSQL, the
 * gateway and the portal, with the demo data. Stopped after the last class, leaving no process.
 */
public final class RealStack implements BeforeAllCallback {
    private static PactStack stack;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(RealStack.class,
                key -> start(), Stopper.class);
    }

    private static Stopper start() {
        Path root = root();
        Path home = root.resolve("local-stack/target/e2e-home");
        // fresh databases every run, so the demo load is exercised too; Keycloak stays unpacked
        try {
            KeycloakServer.deleteTree(home.resolve("db"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        stack = PactStack.start(new PactStack.Options(root, home, 10_000, EnumSet.noneOf(App.class), true));
        return new Stopper();
    }

    static Path root() {
        return Path.of(System.getProperty("pact.root", "..")).toAbsolutePath().normalize();
    }

    static StackLayout layout() {
        return stack.layout();
    }

    /** The running stack, for the tests that crash and restart one of its applications. */
    static PactStack stack() {
        return stack;
    }

    /** Closes the stack when the whole run ends, and checks that nothing it started is left. */
    static final class Stopper implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            stack.close();
            List<String> left = ProcessHandle.current().descendants()
                    .filter(p -> p.info().command().map(c -> !c.contains("chrom")).orElse(true))
                    .map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList();
            assertEquals(List.of(), left, "stopping the stack must leave no process running");
        }
    }
}
