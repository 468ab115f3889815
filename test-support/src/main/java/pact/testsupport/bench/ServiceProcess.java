package pact.testsupport.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import pact.testsupport.TestIssuer;

/**
 * A packaged service (its {@code quarkus-run.jar}) running in its own JVM against a given
 * database, verifying tokens with the test issuer's public key, so that the CPU it spends can be
 * read apart from the load generator's. Set {@code BENCH_JFR} to a file name to record a flight
 * recording of the whole run for profiling.
 */
public final class ServiceProcess implements AutoCloseable {
    private final Process process;
    private final String base;

    private ServiceProcess(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    public static ServiceProcess start(Path jar, String jdbcUrl, String username, String password) throws Exception {
        int port = freePort();
        int managementPort = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // The compiler threads stay for the JVM's life, so that their CPU can be read to the end.
        command.add("-XX:-UseDynamicNumberOfCompilerThreads");
        String jfr = System.getenv("BENCH_JFR");
        if (jfr != null && !jfr.isBlank()) {
            command.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
        }
        command.addAll(List.of(
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.management.port=" + managementPort,
                "-Dquarkus.management.host=127.0.0.1",
                "-Dquarkus.datasource.jdbc.url=" + jdbcUrl,
                "-Dquarkus.datasource.username=" + username,
                "-Dquarkus.datasource.password=" + password,
                "-Dquarkus.oidc.auth-server-url=",
                "-Dquarkus.oidc.public-key=" + publicKey(),
                "-Dquarkus.oidc.token.issuer=" + TestIssuer.ISSUER,
                "-jar", jar.toString()));
        File log = Files.createTempFile("pact-bench-service", ".log").toFile();
        System.out.println("service log: " + log);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        ServiceProcess service = new ServiceProcess(process, "http://127.0.0.1:" + port);
        service.awaitReady(List.of("http://127.0.0.1:" + managementPort + "/q/health/ready",
                service.base + "/q/health/ready"));
        return service;
    }

    /**
     * A client speaking HTTP/1.1, so that concurrent requests travel on as many connections (the JDK's
     * default would try HTTP/2 and put them all on one).
     */
    public static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** The service's base URL, {@code http://127.0.0.1:<port>}. */
    public String base() {
        return base;
    }

    /** The CPU time the service's JVM has used so far, all threads, user and system. */
    public Duration cpu() {
        return process.toHandle().info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("The process's CPU time cannot be read here"));
    }

    /**
     * The part of {@link #cpu()} spent by the JIT compiler's threads (Linux: from
     * {@code /proc/<pid>/task/<tid>/stat}, in clock ticks of 10 ms): warm-up work that a service
     * running for hours no longer does.
     */
    public Duration compilerCpu() {
        long ticks = 0;
        try (var tasks = Files.list(Path.of("/proc", Long.toString(process.pid()), "task"))) {
            for (Path task : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException gone) {
                    continue;
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                if (name.matches("C[12] CompilerThre.*")) {
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                }
            }
        } catch (IOException e) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(ticks * 10);
    }

    public long pid() {
        return process.pid();
    }

    private void awaitReady(List<String> probes) throws Exception {
        HttpClient http = client();
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue());
            }
            for (String probe : probes) {
                try {
                    var ready = http.send(HttpRequest.newBuilder(URI.create(probe)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (ready.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // still starting, or health is on the other port
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The service was not ready within 120 s");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String publicKey() throws IOException {
        try (InputStream in = TestIssuer.class.getClassLoader().getResourceAsStream("pact-test-issuer/public-key.pem")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        }
    }
}
