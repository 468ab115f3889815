package pact.testsupport.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The intake benchmark's measures, shared by the services: the database's own durable insert
 * rate (the baseline an intake is judged against), a concurrent load of one intake request, and
 * the service's CPU per accepted request over exactly that load.
 */
public final class IntakeBench {
    private IntakeBench() {
    }

    /**
     * What every intake benchmark is told on its command line, in this order, each optional:
     * requests per warm-up round, measured requests, concurrency, the service's jar, the results file.
     */
    public record Arguments(int warmup, int measured, int concurrency, Path jar, Path results) {
        /** The arguments given, with {@code measured} requests when none are named. */
        public static Arguments of(String[] args, int measured) {
            return new Arguments(args.length > 0 ? Integer.parseInt(args[0]) : 1000,
                    args.length > 1 ? Integer.parseInt(args[1]) : measured,
                    args.length > 2 ? Integer.parseInt(args[2]) : 16,
                    Path.of(args.length > 3 ? args[3] : "target/quarkus-app/quarkus-run.jar"),
                    Path.of(args.length > 4 ? args[4] : "bench/results.md"));
        }
    }

    /** The i-th request of a run, built with the client's own random source. */
    public interface RequestMaker {
        HttpRequest make(int i, Random random);
    }

    /** One measured load: how many requests were accepted, in what time, and the service CPU they cost. */
    public record Run(int requests, int failed, int concurrency, double seconds, Duration serviceCpu,
            Duration compilerCpu, List<Long> latencies) {
        /** Accepted requests per second. */
        public double perSecond() {
            return accepted() / seconds;
        }

        public int accepted() {
            return requests - failed;
        }

        public double cpuMillisPerRequest() {
            return serviceCpu.toNanos() / 1e6 / accepted();
        }

        /** The part of {@link #cpuMillisPerRequest()} that the JIT compiler spent. */
        public double compilerMillisPerRequest() {
            return compilerCpu.toNanos() / 1e6 / accepted();
        }

        public double percentile(double p) {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, index)) / 1e6;
        }
    }

    /**
     * Plain JDBC inserts of one report-shaped row per transaction (autocommit) from {@code threads}
     * connections for {@code duration}: what the database alone sustains, durably. Rows go to a
     * table of their own in a database of their own, so the service's tables are not touched.
     */
    public static double insertBaseline(DurablePostgres postgres, int threads, Duration duration) throws Exception {
        try (Connection admin = postgres.connect(); Statement statement = admin.createStatement()) {
            if (!statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'baseline'").next()) {
                statement.execute("CREATE DATABASE baseline");
            }
        }
        String url = postgres.jdbcUrl().replace("/postgres?", "/baseline?");
        try (Connection connection = java.sql.DriverManager.getConnection(url, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS report_row (
                        id uuid PRIMARY KEY, qualifier varchar(16) NOT NULL, category varchar(40) NOT NULL,
                        description varchar(4000) NOT NULL, latitude double precision NOT NULL,
                        longitude double precision NOT NULL, easting double precision, northing double precision,
                        ward_code varchar(16), ward_name varchar(100), lsoa_code varchar(16), lsoa_name varchar(100),
                        address varchar(300), occurred_at timestamptz NOT NULL, reported_at timestamptz NOT NULL,
                        source varchar(24) NOT NULL, intake_channel varchar(24) NOT NULL, status varchar(24) NOT NULL,
                        created_by varchar(200) NOT NULL, reporter_key varchar(64), version bigint NOT NULL)""");
        }
        AtomicLong inserted = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                try (Connection connection = java.sql.DriverManager.getConnection(url, "postgres", "postgres");
                        PreparedStatement insert = connection.prepareStatement("""
                                INSERT INTO report_row (id, qualifier, category, description, latitude, longitude,
                                    easting, northing, ward_code, ward_name, lsoa_code, lsoa_name, address, occurred_at,
                                    reported_at, source, intake_channel, status, created_by, reporter_key, version)
                                VALUES (?, 'NUISANCE', 'STREET_DRINKING', ?, 51.5131, -0.1318, 529700.0, 181000.0,
                                    'E05013803', 'West End', 'E01004763', 'Westminster 018A', 'Soho Square', ?, ?,
                                    'PUBLIC', 'STAFF', 'NEW', 'bench-officer', ?, 0)""")) {
                    connection.setAutoCommit(true);
                    while (System.nanoTime() < deadline) {
                        Instant now = Instant.now();
                        insert.setObject(1, UUID.randomUUID());
                        insert.setString(2, "Group drinking and shouting outside the flats, most evenings");
                        insert.setTimestamp(3, Timestamp.from(now.minusSeconds(3600)));
                        insert.setTimestamp(4, Timestamp.from(now));
                        insert.setString(5, UUID.randomUUID().toString());
                        insert.executeUpdate();
                        inserted.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return inserted.get() / seconds;
    }

    /**
     * {@code requests} requests shared out to {@code concurrency} clients, each expected to be
     * answered {@code expected}, with the service's CPU over the run. Other answers are counted as
     * failed (the first few printed); the caller decides whether the run stands.
     */
    public static Run load(ServiceProcess service, HttpClient http, int requests, int concurrency, int expected,
            RequestMaker maker) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(requests));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> clients = new ArrayList<>();
        Duration cpuBefore = service.cpu();
        Duration compilerBefore = service.compilerCpu();
        long started = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            clients.add(pool.submit(() -> {
                Random random = new Random();
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
        double seconds = (System.nanoTime() - started) / 1e9;
        Duration cpu = service.cpu().minus(cpuBefore);
        Duration compiler = service.compilerCpu().minus(compilerBefore);
        pool.shutdown();
        return new Run(requests, failures.get(), concurrency, seconds, cpu, compiler, latencies);
    }

    /**
     * Warms the service up until the JIT compiler is done with it: rounds of {@code round} requests
     * until the compiler's threads spent under 5% of a round's CPU, or {@code longest} has passed. The
     * compiler's work in a fresh JVM is counted in the process's CPU, and on a small, busy machine it
     * runs for minutes; a service that has been up for a while does none of it. Returns every round,
     * so that failures in them count.
     */
    public static List<Run> warmUp(ServiceProcess service, HttpClient http, int round, int concurrency, int expected,
            RequestMaker maker, Duration longest) throws Exception {
        List<Run> rounds = new ArrayList<>();
        long deadline = System.nanoTime() + longest.toNanos();
        while (true) {
            Run run = load(service, http, round, concurrency, expected, maker);
            rounds.add(run);
            System.out.printf("warm-up round %d: %.0f/s, %.2f ms CPU each (JIT %.2f)%n", rounds.size(), run.perSecond(),
                    run.cpuMillisPerRequest(), run.compilerMillisPerRequest());
            if (run.compilerMillisPerRequest() < 0.05 * run.cpuMillisPerRequest() || System.nanoTime() > deadline) {
                return rounds;
            }
        }
    }

    /** An intake measured: the warm-up rounds, the measured load, and the insert rate right after it. */
    public record Intake(List<Run> warmUp, Run measured, double baselineAfter) {
        /** Every load of the intake, warm-up included, for {@link #requireNoFailures}. */
        public List<Run> all() {
            List<Run> all = new ArrayList<>(warmUp);
            all.add(measured);
            return all;
        }
    }

    /**
     * Measures an intake as every intake benchmark does: warm-up rounds (at most 150 s), the measured
     * load, each request to be answered 201 Created, then the database's durable insert rate again.
     */
    public static Intake measureIntake(DurablePostgres postgres, ServiceProcess service, HttpClient http,
            Arguments arguments, RequestMaker maker) throws Exception {
        List<Run> warm = warmUp(service, http, arguments.warmup(), arguments.concurrency(), 201, maker,
                Duration.ofSeconds(150));
        Run measured = load(service, http, arguments.measured(), arguments.concurrency(), 201, maker);
        return new Intake(warm, measured, insertBaseline(postgres, arguments.concurrency(), Duration.ofSeconds(15)));
    }

    /** Fails the benchmark (after its results are written) when any request got an unexpected answer. */
    public static void requireNoFailures(List<Run> runs) {
        int failed = runs.stream().mapToInt(Run::failed).sum();
        if (failed > 0) {
            throw new IllegalStateException(failed + " requests got an unexpected answer; see the service log");
        }
    }

    /** The table of one intake run against the baseline and its targets, as Markdown. */
    public static String table(String what, double baselineBefore, double baselineAfter, Run run, double targetRatio,
            double targetCpuMillis) {
        double baseline = (baselineBefore + baselineAfter) / 2;
        double ratio = run.perSecond() / baseline;
        return """
                | measure | value | target |
                |---|---|---|
                | durable single-row inserts per second (plain JDBC, %d connections; before / after the intake) | %.0f / %.0f | |
                | %s accepted per second (%d concurrent connections, %d measured after warm-up) | %.0f | |
                | requests failed (any answer but the expected one) | %d | none |
                | intake / inserts (the mean of the two) | %.3f | at least %.2f: %s |
                | service CPU per %s (the whole process) | %.2f ms | under %.0f ms: %s |
                | of which the JIT compiler, still warming up | %.2f ms | |
                | p50 / p95 / p99 latency | %.1f / %.1f / %.1f ms | |
                """.formatted(run.concurrency(), baselineBefore, baselineAfter, what, run.concurrency(), run.requests(), run.perSecond(),
                run.failed(), ratio, targetRatio, ratio >= targetRatio ? "met" : "not met",
                singular(what), run.cpuMillisPerRequest(), targetCpuMillis,
                run.cpuMillisPerRequest() < targetCpuMillis ? "met" : "not met", run.compilerMillisPerRequest(),
                run.percentile(50), run.percentile(95), run.percentile(99));
    }

    /** When and where it was measured, for the results. */
    public static String measuredOn() {
        String load;
        try {
            load = String.join(" ", java.util.Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            load = "unknown";
        }
        return "Measured " + Instant.now().toString().substring(0, 16).replace('T', ' ') + " UTC on this machine ("
                + Runtime.getRuntime().availableProcessors() + " cores, shared by PostgreSQL, the service and the "
                + "load generator; load average at the end: " + load + ")";
    }

    /**
     * Writes {@code section} into {@code results} in place of everything from the line
     * {@code heading} on (or at the end), leaving what comes before it alone.
     */
    public static void writeSection(Path results, String heading, String section) throws IOException {
        String existing = Files.exists(results) ? Files.readString(results) : "";
        int at = existing.indexOf(heading + "\n");
        String before = at < 0 ? existing : existing.substring(0, at);
        if (!before.isEmpty() && !before.endsWith("\n\n")) {
            before = before.endsWith("\n") ? before + "\n" : before + "\n\n";
        }
        Files.writeString(results, before + section);
    }

    private static String singular(String what) {
        return what.endsWith("s") ? what.substring(0, what.length() - 1) : what;
    }
}
