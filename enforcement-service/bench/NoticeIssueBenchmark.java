import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import pact.testsupport.TestIssuer;

/**
 * Notices issued per second through POST /api/v1/notices, with the statutory rules, the audit
 * log, the change feed and idempotency all on, and the latency percentiles.
 *
 * <p>Starts a real PostgreSQL (embedded binaries), runs the packaged service against it with the
 * test issuer's public key, and sends signed requests from a pool of concurrent clients. Run it
 * through {@code bench/run.sh}; arguments: warm-up requests, measured requests, concurrency.
 */
public class NoticeIssueBenchmark {

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        Path serviceJar = Path.of(args.length > 3 ? args[3] : "target/quarkus-app/quarkus-run.jar");
        Path results = Path.of(args.length > 4 ? args[4] : "bench/results.md");

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Process service = startService(serviceJar, port, postgres.getJdbcUrl("postgres", "postgres"));
            try {
                String base = "http://127.0.0.1:" + port;
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                awaitReady(http, base, service);
                String token = TestIssuer.token("bench-met", "met-system");
                run(http, base, token, warmup, concurrency);
                long started = System.nanoTime();
                List<Long> latencies = run(http, base, token, measured, concurrency);
                double seconds = (System.nanoTime() - started) / 1e9;
                lookups(http, base, token, warmup, concurrency);
                long lookupStart = System.nanoTime();
                List<Long> lookupLatencies = lookups(http, base, token, measured, concurrency);
                double lookupSeconds = (System.nanoTime() - lookupStart) / 1e9;
                String report = report(measured, concurrency, seconds, latencies)
                        + lookupReport(measured, concurrency, lookupSeconds, lookupLatencies);
                System.out.println(report);
                Files.writeString(results, report);
            } finally {
                service.destroy();
                service.waitFor();
            }
        }
    }

    static Process startService(Path jar, int port, String jdbcUrl) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.datasource.jdbc.url=" + jdbcUrl,
                "-Dquarkus.datasource.username=postgres",
                "-Dquarkus.datasource.password=postgres",
                "-Dquarkus.oidc.auth-server-url=",
                "-Dquarkus.oidc.public-key=" + publicKey(),
                "-Dquarkus.oidc.token.issuer=" + TestIssuer.ISSUER,
                "-Dquarkus.log.level=WARN",
                "-jar", jar.toString()));
        File log = Files.createTempFile("enforcement-bench", ".log").toFile();
        System.out.println("service log: " + log);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    static String publicKey() throws IOException {
        try (InputStream in = TestIssuer.class.getClassLoader().getResourceAsStream("pact-test-issuer/public-key.pem")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        }
    }

    static void awaitReady(HttpClient http, String base, Process service) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            if (!service.isAlive()) {
                throw new IllegalStateException("The service exited with " + service.exitValue());
            }
            try {
                var ready = http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The service was not ready within 120 s");
    }

    /** Alternates warnings and PSPO penalties (the latter exercise the PSPO point lookup). */
    static String body(int i) {
        String subject = "Bench Subject " + UUID.randomUUID();
        if (i % 2 == 0) {
            return """
                    {"type":"COMMUNITY_PROTECTION_WARNING",
                     "subject":{"kind":"PERSON","name":"%s","dateOfBirth":"1990-04-01"},
                     "issuingOfficer":{"staffNumber":"PC-1","organisation":"MET_POLICE"},
                     "conduct":"Street drinking in Soho Square","conductCode":"STREET_DRINKING",
                     "location":{"lat":51.5155,"lon":-0.132},"issuedAt":"2026-06-01T18:00:00Z","complyBy":"2026-06-15",
                     "evidence":[{"kind":"BODY_WORN_VIDEO","reference":"BWV-%d"}]}""".formatted(subject, i);
        }
        return """
                {"type":"FIXED_PENALTY_PSPO_BREACH",
                 "subject":{"kind":"PERSON","name":"%s","dateOfBirth":"1990-04-01"},
                 "issuingOfficer":{"staffNumber":"PC-1","organisation":"MET_POLICE"},
                 "conduct":"Refused to surrender alcohol","conductCode":"STREET_DRINKING",
                 "behaviourCode":"ALCOHOL_FAIL_TO_SURRENDER",
                 "location":{"lat":51.5131,"lon":-0.1318},"issuedAt":"2026-06-01T18:00:00Z"}""".formatted(subject);
    }

    static List<Long> run(HttpClient http, String base, String token, int requests, int concurrency) throws Exception {
        return load(http, requests, concurrency, 201, "requests", (i, random) ->
                HttpRequest.newBuilder(URI.create(base + "/api/v1/notices"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(body(i))).build());
    }

    /** "Which orders apply here, now, for this behaviour": random points over the borough's extent. */
    static List<Long> lookups(HttpClient http, String base, String token, int requests, int concurrency) throws Exception {
        String[] behaviours = {"ALCOHOL_FAIL_TO_SURRENDER", "DOG_FOULING", "ON_STREET_ASB", "STREET_GAMBLING"};
        return load(http, requests, concurrency, 200, "lookups", (i, random) -> {
            double lat = 51.485 + random.nextDouble() * 0.055;
            double lon = -0.215 + random.nextDouble() * 0.105;
            String url = base + "/api/v1/pspos/applicable?lat=" + lat + "&lon=" + lon
                    + "&at=2026-09-05T21:30:00Z&behaviour=" + behaviours[i % behaviours.length];
            return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build();
        });
    }

    /** The i-th request of a run, built with the client's own random source. */
    interface RequestMaker {
        HttpRequest make(int i, java.util.Random random);
    }

    /**
     * {@code requests} requests shared out to {@code concurrency} clients; the latency of each one
     * that answers {@code expected}, in nanoseconds. Any other answer fails the run.
     */
    static List<Long> load(HttpClient http, int requests, int concurrency, int expected, String what,
            RequestMaker maker) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(requests));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            clients.add(pool.submit(() -> {
                java.util.Random random = new java.util.Random();
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    HttpRequest request = maker.make(i, random);
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != expected) {
                            if (failures.incrementAndGet() < 5) {
                                System.err.println(response.statusCode() + " " + response.body());
                            }
                            continue;
                        }
                    } catch (IOException | InterruptedException e) {
                        failures.incrementAndGet();
                        continue;
                    }
                    latencies.add(System.nanoTime() - t0);
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " " + what + " failed");
        }
        return latencies;
    }

    static String lookupReport(int requests, int concurrency, double seconds, List<Long> latencies) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return """

                ## PSPO lookup: which orders apply at this point and time, for this behaviour

                `GET /api/v1/pspos/applicable` at random points over Westminster's extent, same clients.

                | measure | value |
                |---|---|
                | lookups measured | %d |
                | concurrent clients | %d |
                | lookups per second | %.0f |
                | p50 latency | %.1f ms |
                | p99 latency | %.1f ms |

                Rerun: `enforcement-service/bench/run.sh [warmup] [requests] [concurrency]`.
                """.formatted(requests, concurrency, requests / seconds, pct(sorted, 50), pct(sorted, 99));
    }

    static String report(int requests, int concurrency, double seconds, List<Long> latencies) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return """
                # enforcement-service: notices issued through the API

                Measured %s on this machine (%d cores visible to the JVM, shared with other work;
                load average at the end of the run: %s).
                `POST /api/v1/notices` with a Bearer token, a fresh Idempotency-Key per request,
                all statutory rules, the s.62 audit entry, the change-feed entry and Envers history on,
                against PostgreSQL (embedded binaries) on the same machine. Half the requests are CPWs,
                half PSPO penalties (which also run the PSPO point lookup).

                | measure | value |
                |---|---|
                | requests measured (after warm-up) | %d |
                | concurrent clients | %d |
                | notices issued per second | %.0f |
                | p50 latency | %.1f ms |
                | p95 latency | %.1f ms |
                | p99 latency | %.1f ms |
                | max latency | %.1f ms |
                """.formatted(Instant.now().toString().substring(0, 16).replace('T', ' ') + " UTC",
                Runtime.getRuntime().availableProcessors(), loadAverage(), requests, concurrency, requests / seconds,
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
    }

    static String loadAverage() {
        try {
            return String.join(" ", java.util.Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    static double pct(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
