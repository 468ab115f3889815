package pact.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import pact.stack.StackLayout.App;

/**
 * The gateway's cost, measured against direct REST in one run on the real stack (its own ports
 * and home, loopback only, bounded in time): the latency it adds per backend call, whether
 * independent calls overlap, throughput of one report by id at 4 and 32 connections, the tasking
 * dashboard, and each JVM's collections and resident memory. Run by gateway/bench/run.sh; writes
 * gateway/bench/results.md.
 */
public final class GatewayBenchmark {
    static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("pact.bench.phase-seconds", 12));
    static final Duration WARM_UP_ROUND = Duration.ofSeconds(5);
    static final int WARM_UP_MIN_ROUNDS = 8;
    static final int WARM_UP_ROUNDS = 24;
    static final int LATENCY_SAMPLES = 400;
    /** Parallel clients of the dashboard phases (and of the portal benchmark). */
    static final int CONCURRENCY = 4;
    static final String DASHBOARD = "{ hotspots(limit: 10) { hotspots { cellId count zScore confidenceBin "
            + "ward { name } topTypes { category count } tasks { id status } "
            + "reports { id category status occurredAt ward { name } notices { id type status } } } } }";
    static final String REPORT_FIELDS = "{ id category status occurredAt ward { name } }";
    static final String REASON = "tasking meeting";
    static final List<App> JVMS = List.of(App.REPORTS, App.TASKING, App.ENFORCEMENT, App.GATEWAY);

    private GatewayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("pact.root", ".")).toAbsolutePath().normalize();
        Path out = root.resolve("gateway/bench/results.md");
        try (PactStack stack = PactStack.start(new PactStack.Options(root, root.resolve("local-stack/target/bench-home"),
                20_000, EnumSet.of(App.PORTAL), true))) {
            new GatewayBenchmark().run(stack, root, out);
            System.out.println(Files.readString(out));
        }
    }

    // HTTP/1.1 as the gateway's own REST clients speak it (the JDK client would otherwise upgrade to h2c)
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private StackLayout layout;
    private PactApi api;
    private volatile String token;

    void run(PactStack stack, Path root, Path out) throws Exception {
        layout = stack.layout();
        api = new PactApi(layout);
        importSixMonths(layout, api, api.passwordToken("olivia", "olivia-pact"), root);
        freshToken();
        String reportId = PactApi.read(send(get(url(App.REPORTS, "/api/reports?size=1"), false)))
                .path("items").path(0).path("id").asText();

        Map<String, Supplier<String>> direct = new java.util.LinkedHashMap<>();
        direct.put("report by id", () -> send(get(url(App.REPORTS, "/api/reports/" + reportId), false)));
        direct.put("PSPO register", () -> send(get(url(App.ENFORCEMENT, "/api/v1/pspos"), false)));
        direct.put("tasks, first 20", () -> send(get(url(App.TASKING, "/api/tasks?size=20"), false)));
        direct.put("officers, first 20", () -> send(get(url(App.TASKING, "/api/officers?size=20"), false)));
        String oneReport = "{ report(id: \"" + reportId + "\") " + REPORT_FIELDS + " }";
        String fourCalls = "{ report(id: \"" + reportId + "\") " + REPORT_FIELDS + " pspos { id name } "
                + "tasks(first: 20) { totalCount edges { node { id status } } } "
                + "officers(first: 20) { totalCount edges { node { id displayName } } } }";

        // warm every path
        List<Supplier<String>> warmUp = new ArrayList<>(direct.values());
        warmUp.addAll(List.of(() -> graphql("{ __typename }", false), () -> graphql(oneReport, false),
                () -> graphql(fourCalls, false), this::dashboardDirect, () -> graphql(DASHBOARD, true)));
        int failedWhileCold = 0;
        for (int i = 0; i < 100; i++) {
            for (Supplier<String> call : warmUp) {
                try {
                    call.get();
                } catch (StackFailure e) { // the first hotspot map chooses its method by back-test, which can take seconds
                    failedWhileCold++;
                    Console.step("warm-up: " + e.getMessage());
                }
            }
        }
        if (failedWhileCold > 10) {
            throw new StackFailure(failedWhileCold + " calls failed during warm-up");
        }
        Map<App, Long> idleRss = new EnumMap<>(App.class);
        Map<App, long[]> gcBefore = new EnumMap<>(App.class);
        Thread.sleep(3000);
        for (App app : JVMS) {
            idleRss.put(app, residentKb(stack.pid(app)));
        }
        List<Supplier<String>> measuredOneByOne = new ArrayList<>(direct.values());
        measuredOneByOne.addAll(List.of(() -> graphql("{ __typename }", false), () -> graphql(oneReport, false),
                () -> graphql(fourCalls, false)));
        steadyState(measuredOneByOne);
        steadyState(List.of(() -> graphql(oneReport, false)));
        for (App app : JVMS) {
            gcBefore.put(app, collections(stack.pid(app)));
        }

        // one connection: latency per call
        Map<String, Double> directP50 = new java.util.LinkedHashMap<>();
        direct.forEach((name, call) -> directP50.put(name, median(() -> call.get())));
        double gatewayNoCall = median(() -> graphql("{ __typename }", false));
        double gatewayOneCall = median(() -> graphql(oneReport, false));
        double gatewayFourCalls = median(() -> graphql(fourCalls, false));

        // one report by id: throughput at 4 and 32 connections
        Runnable reportDirect = () -> direct.get("report by id").get();
        Runnable reportGateway = () -> graphql(oneReport, false);
        List<Result> byId = new ArrayList<>();
        for (int connections : new int[] {4, 32}) {
            byId.add(timed("direct REST, " + connections + " connections", connections, reportDirect));
            byId.add(timed("gateway, " + connections + " connections", connections, reportGateway));
        }

        // the tasking dashboard
        List<Result> dashboard = List.of(
                timed("direct REST (4 calls)", CONCURRENCY, this::dashboardDirect),
                timed("GraphQL gateway", CONCURRENCY, () -> graphql(DASHBOARD, true)),
                timed("direct REST again", CONCURRENCY, this::dashboardDirect));

        Map<App, long[]> gcAfter = new EnumMap<>(App.class);
        Map<App, Long> busyRss = new EnumMap<>(App.class);
        for (App app : JVMS) {
            gcAfter.put(app, collections(stack.pid(app)));
            busyRss.put(app, residentKb(stack.pid(app)));
        }
        write(out, stack, directP50, gatewayNoCall, gatewayOneCall, gatewayFourCalls, byId, dashboard, idleRss,
                busyRss, gcBefore, gcAfter);
    }

    private void freshToken() {
        // a police officer may read every part of these queries: reports, hotspots, tasks, officers, notices, PSPOs
        token = api.passwordToken("paula", "paula-pact");
    }

    private String url(App app, String path) {
        return layout.url(app) + path;
    }

    private String dashboardDirect() {
        JsonNode map = PactApi.read(send(get(url(App.REPORTS, "/api/hotspots?limit=10"), true)));
        List<String> cells = new ArrayList<>();
        map.path("hotspots").forEach(h -> cells.add(h.path("cellId").asText()));
        JsonNode reports = PactApi.read(send(get(url(App.REPORTS, "/api/reports/by-cell?limit=20&cells="
                + String.join(",", cells)), true)));
        if (reports.size() != cells.size()) {
            throw new StackFailure("by-cell answered " + reports.size() + " cells for " + cells.size());
        }
        send(get(url(App.TASKING, "/api/tasks/by-cell?cellId=" + String.join("&cellId=", cells)), true));
        List<String> reportIds = new ArrayList<>();
        reports.forEach(list -> list.forEach(r -> reportIds.add(r.path("id").asText())));
        return reportIds.isEmpty() ? "" : send(get(url(App.ENFORCEMENT, "/api/v1/notices/by-report?reportId="
                + String.join("&reportId=", reportIds)), true));
    }

    private String graphql(String query, boolean reason) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(App.GATEWAY, "/graphql")))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(PactApi.JSON.createObjectNode().put("query", query)
                        .toString()));
        if (reason) {
            request.header("X-Access-Reason", REASON);
        }
        String body = send(request.build());
        if (body.contains("\"errors\"")) {
            throw new StackFailure("query failed: " + body);
        }
        return body;
    }

    private HttpRequest get(String url, boolean reason) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
        if (reason) {
            request.header("X-Access-Reason", REASON);
        }
        return request.GET().build();
    }

    private String send(HttpRequest request) {
        return send(http, request);
    }

    static String send(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new StackFailure(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new StackFailure(request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackFailure("interrupted");
        }
    }

    /** The median of LATENCY_SAMPLES calls made one after another on one connection, in ms. */
    private double median(Supplier<String> call) {
        freshToken();
        double[] samples = new double[LATENCY_SAMPLES];
        for (int i = 0; i < samples.length; i++) {
            long t = System.nanoTime();
            call.get();
            samples[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(samples);
        return samples[samples.length / 2];
    }

    /** One phase of load: requests answered, over how long, and their latency percentiles in ms. */
    public record Result(String name, int connections, int requests, double seconds, double p50, double p95,
            double p99) {
        public double throughput() {
            return requests / seconds;
        }
    }

    private Result timed(String name, int connections, Runnable request) throws Exception {
        freshToken();
        return load(name, connections, request);
    }

    /**
     * Loads every path measured one call at a time (each of the direct calls and of the gateway's
     * queries in turn) at 4 connections, in rounds of {@link #WARM_UP_ROUND}, for at least
     * {@link #WARM_UP_MIN_ROUNDS} rounds and until a round completes within 5% as many calls as the
     * round before (at most {@link #WARM_UP_ROUNDS}). A hundred calls one after another leave a fresh
     * JVM's JIT compiler far from done on two shared cores (the gateway's CPU per query halved over
     * the first minutes of load): measured cold, the comparison held the compiler's work against
     * whichever path had been warmed least. Warming one report by id only left the PSPO register,
     * tasks and officers cold in their services and in the gateway (the four-call query took 19 ms,
     * against under 6 ms once they were warm).
     */
    private void steadyState(List<Supplier<String>> calls) throws Exception {
        AtomicInteger next = new AtomicInteger();
        Runnable call = () -> calls.get(Math.floorMod(next.getAndIncrement(), calls.size())).get();
        int previous = 0;
        for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
            int done = load("warm-up to steady state, round " + round, 4, call, WARM_UP_ROUND).requests();
            if (round >= WARM_UP_MIN_ROUNDS && Math.abs(done - previous) <= 0.05 * previous) {
                return;
            }
            previous = done;
        }
    }

    static Result load(String name, int connections, Runnable request) throws Exception {
        return load(name, connections, request, PHASE);
    }

    /**
     * {@code request} from {@code connections} threads at once for {@code phase}; a request that throws
     * ends the phase with its exception. Also the Hive comparison's load (gateway/bench/hive).
     */
    public static Result load(String name, int connections, Runnable request, Duration phase) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        Instant end = Instant.now().plus(phase);
        List<Future<List<Double>>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < connections; w++) {
            workers.add(pool.submit(() -> {
                List<Double> latencies = new ArrayList<>();
                while (Instant.now().isBefore(end)) {
                    long t = System.nanoTime();
                    request.run();
                    latencies.add((System.nanoTime() - t) / 1e6);
                }
                return latencies;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> worker : workers) {
            all.addAll(worker.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        Console.step(String.format(Locale.ROOT, "%s: %.0f requests/s", name, all.size() / seconds));
        return new Result(name, connections, all.size(), seconds, all.get(all.size() / 2),
                all.get((int) Math.ceil(all.size() * 0.95) - 1), all.get((int) Math.ceil(all.size() * 0.99) - 1));
    }

    static void importSixMonths(StackLayout layout, PactApi api, String token, Path root) throws Exception {
        for (String month : List.of("2018-01", "2018-02", "2018-03", "2018-04", "2018-05")) {
            byte[] csv = Files.readAllBytes(root.resolve("data/police-uk/" + month + "-westminster-asb.csv"));
            HttpResponse<String> r = api.post(layout.url(App.REPORTS) + "/api/imports/police-uk", token, "text/csv",
                    csv);
            if (r.statusCode() != 200) {
                throw new StackFailure("import of " + month + " failed: " + r.body());
            }
        }
    }

    /** Resident memory of a process, in KiB (Linux /proc). */
    static long residentKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"), StandardCharsets.UTF_8)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new StackFailure("no VmRSS for process " + pid);
    }

    /** Young and full collections of a JVM so far, and the seconds spent in them, from the JDK's jstat. */
    static long[] collections(long pid) throws IOException, InterruptedException {
        Process jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-gc",
                Long.toString(pid)).redirectErrorStream(true).start();
        List<String> lines = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank()).toList();
        jstat.waitFor();
        if (lines.size() < 2) {
            throw new StackFailure("jstat answered " + lines);
        }
        List<String> names = List.of(lines.get(0).trim().split("\\s+"));
        String[] values = lines.get(1).trim().split("\\s+");
        return new long[] {Long.parseLong(values[names.indexOf("YGC")]), Long.parseLong(values[names.indexOf("FGC")]),
            Math.round(Double.parseDouble(values[names.indexOf("GCT")]) * 1000)};
    }

    static void write(Path out, PactStack stack, Map<String, Double> directP50, double gatewayNoCall,
            double gatewayOneCall, double gatewayFourCalls, List<Result> byId, List<Result> dashboard,
            Map<App, Long> idleRss, Map<App, Long> busyRss, Map<App, long[]> gcBefore, Map<App, long[]> gcAfter)
            throws IOException {
        double reportP50 = directP50.get("report by id");
        double slowest = directP50.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double summed = directP50.values().stream().mapToDouble(Double::doubleValue).sum();
        double addedPerCall = gatewayOneCall - gatewayNoCall - reportP50;
        String latencyRows = directP50.entrySet().stream().map(e -> String.format(Locale.ROOT,
                "| direct REST: %s | %.2f |", e.getKey(), e.getValue())).collect(Collectors.joining("\n"));
        String byIdRows = byId.stream().map(r -> String.format(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f |",
                r.name(), r.requests(), r.throughput(), r.p50(), r.p99())).collect(Collectors.joining("\n"));
        double ratio4 = byId.get(1).throughput() / byId.get(0).throughput();
        double ratio32 = byId.get(3).throughput() / byId.get(2).throughput();
        String dashboardRows = dashboard.stream().map(r -> String.format(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f |",
                r.name(), r.requests(), r.throughput(), r.p50(), r.p99())).collect(Collectors.joining("\n"));
        double directDashboard = (dashboard.get(0).throughput() + dashboard.get(2).throughput()) / 2;
        double dashboardRatio = dashboard.get(1).throughput() / directDashboard;
        String jvmRows = JVMS.stream().map(app -> String.format(Locale.ROOT, "| %s | %d | %d | %d | %.0f | %.0f |",
                app.module(), gcAfter.get(app)[0] - gcBefore.get(app)[0], gcAfter.get(app)[1] - gcBefore.get(app)[1],
                gcAfter.get(app)[2] - gcBefore.get(app)[2], idleRss.get(app) / 1024.0, busyRss.get(app) / 1024.0))
                .collect(Collectors.joining("\n"));
        long fullCollections = JVMS.stream().mapToLong(app -> gcAfter.get(app)[1] - gcBefore.get(app)[1]).sum();
        long maxIdle = JVMS.stream().mapToLong(idleRss::get).max().orElseThrow() / 1024;
        Files.createDirectories(out.getParent());
        Files.writeString(out, """
                # Gateway benchmark

                Run: `gateway/bench/run.sh` (%s; %d cores, shared with other work: compare figures within one run).
                The real stack (Keycloak, the three services on embedded PostgreSQL, durable, and the gateway) on
                loopback, with five months of police.uk data for Westminster (January-May 2018), user paula
                (police-officer). Every JVM runs with the local stack's options: `%s`.
                Every path is called 100 times, then the paths measured one call at a time (the direct calls
                and the gateway's queries below, in turn) run at 4 connections in 5 s rounds, for at least 40 s
                and until a round's count is within 5%% of the one before (the JIT compilers done with them);
                then one report by id through the gateway the same way; and only then is anything measured.

                ## Targets

                | target | measured | met |
                |---|---|---|
                | one report by id, gateway/direct at 4 connections >= 0.5 | %.2f | %s |
                | same at 32 connections >= 0.5 | %.2f | %s |
                | gateway at 32 connections not below 4 connections | %.0f vs %.0f req/s | %s |
                | 4 independent calls <= slowest direct call + 2 ms | %.2f ms vs %.2f + 2 ms | %s |
                | added latency per backend call < 1 ms | %.2f ms | %s |
                | dashboard gateway/direct >= 0.85 | %.2f | %s |
                | no full collection during the benchmark (all JVMs) | %d | %s |
                | idle RSS per JVM < 300 MB | at most %d MB | %s |

                ## One connection: latency (median of %d calls one after another)

                | call | p50 ms |
                |---|---:|
                %s
                | gateway: `{ __typename }` (no backend call) | %.2f |
                | gateway: one report by id (1 backend call) | %.2f |
                | gateway: report, PSPOs, tasks and officers (4 independent calls) | %.2f |

                Added per backend call: gateway with one call - gateway with none - the direct call = %.2f ms.
                The four direct calls made one after another take %.2f ms; the slowest alone %.2f ms. The
                gateway's fixed cost of a request (token check, parsing, validation, answer), paid once per
                query whatever its calls, is the no-call figure.

                ## One report by id (%d s per phase)

                `GET /api/reports/{id}` directly, or `{ report(id) %s }` through the gateway (no personal
                fields selected, so no X-Access-Reason reaches reports-service).

                | path | requests | per second | p50 ms | p99 ms |
                |---|---:|---:|---:|---:|
                %s

                ## The tasking dashboard (%d connections, %d s per phase)

                The top 10 hotspots (Gi*) with their ward, top types, tasks, and newest reports (up to 20 each)
                with those reports' notices, with an X-Access-Reason. Through the gateway it is one GraphQL request
                (4 backend calls: hotspots, then reports by cell and tasks by cell at once, then notices by
                report); directly it is the same 4 REST calls made by the client one after another. The direct
                phase runs before and after the gateway phase to show the machine's drift.

                | path | requests | per second | p50 ms | p99 ms |
                |---|---:|---:|---:|---:|
                %s

                **Gateway/direct (mean of the two direct phases): %.2f.**

                ## Collections and memory per JVM

                Collections counted by `jstat` from just before the latency phase to the end; RSS from /proc,
                idle (after start-up, the import and the 100 calls of each path, 3 s without load) and at the end
                of the load.

                | JVM | young collections | full collections | ms in collections | idle RSS MB | RSS after load MB |
                |---|---:|---:|---:|---:|---:|
                %s
                """.formatted(Instant.now(), Runtime.getRuntime().availableProcessors(),
                String.join(" ", PactStack.SERVICE_JVM_OPTIONS),
                ratio4, met(ratio4 >= 0.5), ratio32, met(ratio32 >= 0.5),
                byId.get(3).throughput(), byId.get(1).throughput(), met(byId.get(3).throughput() >= byId.get(1).throughput()),
                gatewayFourCalls, slowest, met(gatewayFourCalls <= slowest + 2),
                addedPerCall, met(addedPerCall < 1),
                dashboardRatio, met(dashboardRatio >= 0.85),
                fullCollections, met(fullCollections == 0), maxIdle, met(maxIdle < 300),
                LATENCY_SAMPLES, latencyRows, gatewayNoCall, gatewayOneCall, gatewayFourCalls,
                addedPerCall, summed, slowest,
                PHASE.toSeconds(), REPORT_FIELDS, byIdRows, CONCURRENCY, PHASE.toSeconds(), dashboardRows, dashboardRatio, jvmRows));
    }

    private static String met(boolean met) {
        return met ? "yes" : "**no**";
    }
}
