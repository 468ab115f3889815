package pact.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the local stack keeps its files and which ports it uses. Every port moves by the same
 * offset, so a second stack (the end-to-end test's) can run beside a developer's.
 */
public record StackLayout(Path root, Path home, int portOffset) {

    /** One of the platform's applications, with its fixed local port and, for services, its database port. */
    public enum App {
        REPORTS("reports-service", 8081, 5441),
        TASKING("tasking-service", 8082, 5442),
        ENFORCEMENT("enforcement-service", 8083, 5443),
        GATEWAY("gateway", 8080, 0),
        PORTAL("portal", 8090, 0);

        final String module;
        final int port;
        final int databasePort;

        App(String module, int port, int databasePort) {
            this.module = module;
            this.port = port;
            this.databasePort = databasePort;
        }

        public String module() {
            return module;
        }

        boolean hasDatabase() {
            return databasePort > 0;
        }

        /** The database, role and local password a service uses: its own, no one else's. */
        String databaseName() {
            return module.replace("-service", "");
        }
    }

    public static final int KEYCLOAK_PORT = 8180;
    public static final List<App> SERVICES = List.of(App.REPORTS, App.TASKING, App.ENFORCEMENT);

    public int port(App app) {
        return app.port + portOffset;
    }

    public int databasePort(App app) {
        return app.databasePort + portOffset;
    }

    public int keycloakPort() {
        return KEYCLOAK_PORT + portOffset;
    }

    public String url(App app) {
        return "http://127.0.0.1:" + port(app);
    }

    /**
     * The port of an app's management interface (health, metrics, OpenAPI), which the production
     * build of the services and the gateway serve apart from their API; 1000 above the app's port.
     */
    public int managementPort(App app) {
        return port(app) + 1000;
    }

    /** Whether the app's build has a management interface (the portal serves /q on its own port). */
    public static boolean hasManagementInterface(App app) {
        return app != App.PORTAL;
    }

    /** Where the app says it is ready. */
    public String readinessUrl(App app) {
        String base = hasManagementInterface(app) ? "http://127.0.0.1:" + managementPort(app) : url(app);
        return base + "/q/health/ready";
    }

    public String keycloakUrl() {
        return "http://127.0.0.1:" + keycloakPort();
    }

    public String issuer() {
        return keycloakUrl() + "/realms/pact";
    }

    public Path quarkusApp(App app) {
        return root.resolve(app.module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public Path databaseDir(App app) {
        return home.resolve("db").resolve(app.databaseName());
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path log(String name) {
        return logs().resolve(name + ".log");
    }

    public Path keycloakZip() {
        return root.resolve("local-stack/target/keycloak/keycloak-dist.zip");
    }

    public Path pidFile() {
        return home.resolve("pact.pid");
    }

    public Path childPids() {
        return home.resolve("pids");
    }

    void createDirectories() throws java.io.IOException {
        Files.createDirectories(logs());
        Files.createDirectories(childPids());
    }
}
