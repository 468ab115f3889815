package pact.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import pact.stack.StackLayout.App;

/**
 * The whole PACT platform on one machine: Keycloak with the `pact` realm, an embedded
 * PostgreSQL per service, the three services and the gateway, then the demo data.
 * {@code up} runs in the foreground until Ctrl-C or {@code down}; either stops everything.
 */
public final class PactStack implements AutoCloseable {
    /**
     * Chosen by measurement (gateway/bench/results.md): a fixed 64 MB young generation, so that a
     * request's short-lived objects die young instead of being promoted and filling the old generation
     * (with -Xms32m the young generation followed the small committed heap: the gateway made 38 full
     * collections during the benchmark, now none); a small heap and the serial collector keep
     * resident memory low on a laptop. Every 5 s the JVM hands the C heap's freed pages back to the
     * system (TrimNativeHeapInterval), so memory that a burst of requests used natively is not kept.
     */
    static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xms96m", "-Xmx160m", "-Xmn64m", "-XX:+UseSerialGC",
            "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:TrimNativeHeapInterval=5000",
            "-XX:CICompilerCount=2", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager");
    /**
     * Two malloc arenas instead of glibc's eight per core: the JVMs allocate little natively, and the
     * arenas' unused pages are most of the resident memory a JVM holds beyond its heap and code.
     */
    static final Map<String, String> SERVICE_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");
    /** The options every service JVM starts with; -Dpact.stack.jvm-options replaces them, to compare by measurement. */
    static final List<String> SERVICE_JVM_OPTIONS = System.getProperty("pact.stack.jvm-options") == null
            ? DEFAULT_JVM_OPTIONS : List.of(System.getProperty("pact.stack.jvm-options").trim().split("\\s+"));

    /** The Open311 API key of the local demo client (FixMyStreet and the like). */
    static final String DEMO_OPEN311_KEY = "open311-demo-key";

    /** What to start, and where. */
    public record Options(Path root, Path home, int portOffset, Set<App> except, boolean demoData) {
        public static Options defaults(Path root) {
            return new Options(root, root.resolve(".pact"), 0, EnumSet.noneOf(App.class), true);
        }
    }

    private final StackLayout layout;
    private final Databases databases = new Databases();
    private final List<ManagedProcess> processes = new ArrayList<>();
    /** Each application's command line and its current process, so that a test can crash and restart it. */
    private final Map<App, List<String>> commands = new java.util.EnumMap<>(App.class);
    private final Map<App, ManagedProcess> running = new java.util.EnumMap<>(App.class);
    private boolean closed;

    private PactStack(StackLayout layout) {
        this.layout = layout;
    }

    public StackLayout layout() {
        return layout;
    }

    /** Starts everything and returns once every part answers its health check and the demo data is in. */
    public static PactStack start(Options options) {
        PactStack stack = create(options);
        try {
            stack.startAll(options);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    static PactStack create(Options options) {
        return new PactStack(new StackLayout(options.root().toAbsolutePath().normalize(),
                options.home().toAbsolutePath().normalize(), options.portOffset()));
    }

    void startAll(Options options) throws StackFailure {
        try {
            layout.createDirectories();
        } catch (IOException e) {
            throw new StackFailure("Cannot write to " + layout.home() + ": " + e.getMessage(), e);
        }
        List<App> apps = Stream.of(App.values()).filter(app -> !options.except().contains(app)).toList();
        for (App app : apps) {
            if (!Files.isRegularFile(layout.quarkusApp(app))) {
                throw new StackFailure(app.module() + " is not built (" + layout.quarkusApp(app)
                        + " is missing): run ./mvnw package -DskipTests");
            }
        }
        checkPortsFree(apps);

        ManagedProcess keycloak = track(KeycloakServer.start(layout));

        Map<App, ManagedProcess> started = new LinkedHashMap<>();
        for (App app : apps) {
            Map<String, String> config = new LinkedHashMap<>();
            config.put("quarkus.http.port", Integer.toString(layout.port(app)));
            // a developer's machine: reachable from this machine only, the management interface too
            config.put("quarkus.http.host", "127.0.0.1");
            if (StackLayout.hasManagementInterface(app)) {
                config.put("quarkus.management.host", "127.0.0.1");
                config.put("quarkus.management.port", Integer.toString(layout.managementPort(app)));
            }
            config.put("quarkus.oidc.auth-server-url", layout.issuer());
            if (app == App.REPORTS) {
                config.put("pact.open311.clients.demo.api-key", DEMO_OPEN311_KEY);
                // the work done on reports: tasking's and enforcement's change feeds, read with the
                // realm client reports-service (its local secret is in the dev realm)
                config.put("pact.feeds.tasking-url", layout.url(App.TASKING));
                config.put("pact.feeds.enforcement-url", layout.url(App.ENFORCEMENT));
                config.put("pact.feeds.client-secret", "reports-service-local-secret");
                config.put("pact.feeds.every", "3s");
            }
            if (app == App.TASKING) {
                // tasks from hotspots: tasking-service reads reports-service's hotspots
                config.put("quarkus.rest-client.reports-service.url", layout.url(App.REPORTS));
            }
            if (app.hasDatabase()) {
                Databases.Connection db = startDatabase(app);
                Console.step("database for " + app.module() + " on port " + layout.databasePort(app)
                        + " (data in " + layout.databaseDir(app) + ")");
                config.put("quarkus.datasource.jdbc.url", db.jdbcUrl());
                config.put("quarkus.datasource.username", db.username());
                config.put("quarkus.datasource.password", db.password());
            } else if (app == App.GATEWAY) {
                // local use: introspection, which production turns off (the build has no GraphQL UI)
                config.put("quarkus.smallrye-graphql.field-visibility", "default");
                for (App service : StackLayout.SERVICES) {
                    config.put("quarkus.rest-client." + service.module() + ".url", layout.url(service));
                }
            } else {
                // the portal calls only the gateway, with the signed-in person's token
                config.put("pact.portal.gateway-url", layout.url(App.GATEWAY) + "/graphql");
            }
            started.put(app, startQuarkusApp(app, config));
        }
        for (Map.Entry<App, ManagedProcess> entry : started.entrySet()) {
            entry.getValue().awaitReady(layout.readinessUrl(entry.getKey()), Duration.ofMinutes(3));
            Console.step(entry.getKey().module() + " is up on " + layout.url(entry.getKey()));
        }
        Console.step("waiting for Keycloak (its first start builds it: a minute or two) ...");
        KeycloakServer.awaitReady(keycloak, layout);
        Console.step("Keycloak is up on " + layout.keycloakUrl());
        if (options.demoData() && apps.containsAll(StackLayout.SERVICES)) {
            new DemoData(layout).load();
        }
    }

    private ManagedProcess startQuarkusApp(App app, Map<String, String> config) {
        List<String> command = new ArrayList<>();
        command.add(currentJava());
        command.addAll(SERVICE_JVM_OPTIONS);
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(layout.quarkusApp(app).toString());
        Console.step("starting " + app.module() + " on port " + layout.port(app));
        ManagedProcess process = track(ManagedProcess.start(app.module(), command, SERVICE_ENVIRONMENT, layout.root(), layout));
        synchronized (this) {
            commands.put(app, command);
            running.put(app, process);
        }
        return process;
    }

    /** The process id of a running application (for benchmarks that read its memory and collections). */
    synchronized long pid(App app) {
        ManagedProcess process = running.get(app);
        if (process == null) {
            throw new StackFailure(app.module() + " is not running");
        }
        return process.pid();
    }

    /** Kills one application with SIGKILL, as a crash would (for the tests that prove nothing acknowledged is lost). */
    synchronized void crash(App app) {
        ManagedProcess process = running.remove(app);
        if (process != null) {
            process.kill();
            processes.remove(process);
        }
    }

    /** Starts a crashed application again with its first command line, and waits until it is ready. */
    void restart(App app) {
        List<String> command;
        synchronized (this) {
            command = commands.get(app);
        }
        ManagedProcess process = track(ManagedProcess.start(app.module(), command, SERVICE_ENVIRONMENT, layout.root(), layout));
        synchronized (this) {
            running.put(app, process);
        }
        process.awaitReady(layout.readinessUrl(app), Duration.ofMinutes(2));
    }

    /** Kills one service's database with SIGKILL, leaving the service running. */
    synchronized void crashDatabase(App app) {
        databases.crash(layout, app);
    }

    /** Starts a crashed database again on its data directory (PostgreSQL recovers from its log). */
    void restartDatabase(App app) {
        startDatabase(app);
    }

    /** Keeps a started process for close(); one started after close() (Ctrl-C during start-up) is stopped at once. */
    private synchronized ManagedProcess track(ManagedProcess process) {
        if (closed) {
            process.stop(Duration.ofSeconds(20));
            throw new StackFailure("Stopped during start-up");
        }
        processes.add(process);
        return process;
    }

    private void checkPortsFree(List<App> apps) {
        List<Integer> ports = new ArrayList<>();
        ports.add(layout.keycloakPort());
        for (App app : apps) {
            ports.add(layout.port(app));
            if (StackLayout.hasManagementInterface(app)) {
                ports.add(layout.managementPort(app));
            }
            if (app.hasDatabase()) {
                ports.add(layout.databasePort(app));
            }
        }
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress("127.0.0.1", port));
            } catch (IOException e) {
                throw new StackFailure("Port " + port + " is already in use. Is PACT already running? "
                        + "Stop it with ./pact down, or stop what holds the port.");
            }
        }
    }

    private synchronized Databases.Connection startDatabase(App app) {
        if (closed) {
            throw new StackFailure("Stopped during start-up");
        }
        return databases.start(layout, app);
    }

    static String currentJava() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString());
    }

    /** Stops the services first, then Keycloak, then the databases. */
    @Override
    public synchronized void close() {
        closed = true;
        List<ManagedProcess> reversed = new ArrayList<>(processes);
        java.util.Collections.reverse(reversed);
        for (ManagedProcess process : reversed) {
            process.stop(Duration.ofSeconds(20));
        }
        processes.clear();
        databases.close();
    }

    void printSummary() {
        String ui = layout.url(App.GATEWAY);
        System.out.println();
        System.out.println("PACT is running.");
        System.out.println("  Portal               " + layout.url(App.PORTAL) + "   (sign in with a demo login below)");
        System.out.println("  GraphQL              " + ui + "/graphql   (send a token, see README)");
        for (App service : StackLayout.SERVICES) {
            System.out.printf("  %-20s %s/api   (OpenAPI at http://127.0.0.1:%d/q/openapi)%n", service.module(),
                    layout.url(service), layout.managementPort(service));
        }
        System.out.println("  Keycloak             " + layout.keycloakUrl() + "/admin   (admin / admin-pact)");
        System.out.println("  Logs                 " + layout.logs());
        System.out.println();
        System.out.println("Demo logins (realm pact; for local use only), password = <user>-pact:");
        System.out.println("  olivia  council-officer     ian  city-inspector     paula  police-officer");
        System.out.println("  tom     tasking-coordinator ann  analyst            eve    enforcement-admin");
        System.out.println("  pat     partner");
        System.out.println("  every officer of the roster by staff number: pc-1187, ps-0318, ci-2002 ... (ian is CI-2001,");
        System.out.println("  paula PC-1041); each token carries staff_number, and each posts only their own check-ins");
        System.out.println("  client met-systems / met-systems-local-secret (client credentials, role met-system)");
        System.out.println("  Open311 (no login): " + layout.url(App.REPORTS) + "/open311/v2/services.json, "
                + "api_key " + DEMO_OPEN311_KEY);
        System.out.println();
        System.out.println("A token:  curl -s -d grant_type=password -d client_id=council-portal -d username=olivia "
                + "-d password=olivia-pact " + layout.issuer() + "/protocol/openid-connect/token");
        System.out.println("Stop with Ctrl-C, or ./pact down from another terminal.");
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "up" : args[0];
        Path root = Path.of(System.getProperty("pact.root", ".")).toAbsolutePath().normalize();
        Options options = Options.defaults(root);
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--no-demo-data" -> options = new Options(root, options.home(), options.portOffset(),
                        options.except(), false);
                case "--except" -> {
                    Set<App> except = EnumSet.noneOf(App.class);
                    for (String module : args[++i].split(",")) {
                        except.add(Stream.of(App.values()).filter(a -> a.module().equals(module.trim())).findFirst()
                                .orElseThrow(() -> new IllegalArgumentException("Unknown module " + module
                                        + "; one of reports-service, tasking-service, enforcement-service, gateway, portal")));
                    }
                    options = new Options(root, options.home(), options.portOffset(), except, options.demoData());
                }
                default -> {
                    System.err.println("Unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        switch (command) {
            case "up" -> System.exit(up(options));
            case "down" -> System.exit(StackControl.down(options.home()));
            case "status" -> System.exit(StackControl.status(options.home()));
            default -> {
                System.err.println("Usage: pact up [--except module,...] [--no-demo-data] | down | status");
                System.exit(2);
            }
        }
    }

    private static int up(Options options) throws Exception {
        Optional<Long> running = StackControl.runningLauncher(options.home());
        if (running.isPresent()) {
            System.err.println("PACT is already running (process " + running.get() + "). Stop it with ./pact down.");
            return 1;
        }
        Files.createDirectories(options.home());
        Files.writeString(options.home().resolve("pact.pid"), Long.toString(ProcessHandle.current().pid()));
        CountDownLatch stopped = new CountDownLatch(1);
        PactStack stack = create(options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Console.step("stopping ...");
            stack.close();
            StackControl.clearPidFile(options.home());
            Console.step("stopped; nothing left running");
            stopped.countDown();
        }));
        try {
            stack.startAll(options);
        } catch (StackFailure e) {
            System.err.println();
            System.err.println("PACT did not start: " + e.getMessage());
            return 1;
        }
        stack.printSummary();
        StackControl.markReady(options.home());
        stopped.await();
        return 0;
    }
}
