import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One report by id, read directly from reports-service, through the PACT gateway and through Hive
 * Gateway composed from the services' OpenAPI documents, in one run on the running local stack
 * (./pact up) with Hive Gateway on port 4000 (run.sh starts it). Loopback only, 12 s a phase.
 * Arguments: the results file to write.
 */
public class ByIdComparison {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final int SECONDS = 12;

    record Path3(String name, String url, String body, Predicate<String> answered) {
    }

    record Phase(String path, int connections, long requests, double perSecond, double p50, double p99) {
    }

    public static void main(String[] args) throws Exception {
        String token = token();
        String id = firstReportId(token);
        List<Path3> paths = List.of(
                new Path3("direct REST", "http://127.0.0.1:8081/api/reports/" + id, null,
                        body -> body.contains("\"id\":\"" + id + "\"")),
                new Path3("PACT gateway", "http://127.0.0.1:8080/graphql",
                        "{\"query\":\"{ report(id: \\\"" + id + "\\\") { id category status occurredAt ward { name } } }\"}",
                        body -> body.contains("\"id\":\"" + id + "\"") && !body.contains("\"errors\"")),
                new Path3("Hive Gateway", "http://127.0.0.1:4000/graphql",
                        "{\"query\":\"{ Reports_getReport(id: \\\"" + id + "\\\") { ... on Reports_ReportView { id category "
                                + "status occurredAt ward { name } } } }\"}",
                        body -> body.contains("\"id\":\"" + id + "\"") && !body.contains("\"errors\"")));
        for (Path3 path : paths) {
            String answer = send(path, token);
            if (!path.answered().test(answer)) {
                throw new IllegalStateException(path.name() + " did not answer the report: " + answer);
            }
            load(path, token, 4, 20); // warm-up
        }
        List<Phase> phases = new ArrayList<>();
        for (int connections : new int[] {1, 4, 32}) {
            for (Path3 path : paths) {
                Phase phase = load(path, token, connections, SECONDS);
                phases.add(phase);
                System.out.printf("%s, %d connections: %.0f requests/s%n", path.name(), connections, phase.perSecond());
            }
        }
        write(Path.of(args[0]), phases);
    }

    static Phase load(Path3 path, String token, int connections, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong failed = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        Thread[] threads = new Thread[connections];
        for (int i = 0; i < connections; i++) {
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            threads[i] = new Thread(() -> {
                int n = 0;
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        if (!path.answered().test(send(path, token))) {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    mine[++n] = System.nanoTime() - start;
                }
                mine[0] = n;
            });
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] all = latencies.stream().flatMapToLong(l -> Arrays.stream(l, 1, (int) l[0] + 1)).sorted().toArray();
        if (failed.get() > 0) {
            throw new IllegalStateException(path.name() + ": " + failed.get() + " requests failed");
        }
        return new Phase(path.name(), connections, all.length, all.length / (double) seconds,
                all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6);
    }

    static String send(Path3 path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.url()))
                .header("Authorization", "Bearer " + token);
        if (path.body() == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(path.body()));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** paula (police-officer), from the local realm: long enough for the run (the realm's tokens last 5 minutes). */
    static String token() throws Exception {
        String form = "grant_type=password&client_id=council-portal&username=paula&password="
                + URLEncoder.encode("paula-pact", StandardCharsets.UTF_8);
        String answer = HTTP.send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:8180/realms/pact/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(answer);
        if (!token.find()) {
            throw new IllegalStateException("no token from Keycloak: " + answer);
        }
        return token.group(1);
    }

    static String firstReportId(String token) throws Exception {
        String page = send(new Path3("list", "http://127.0.0.1:8081/api/reports?size=1", null, b -> true), token);
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(page);
        if (!id.find()) {
            throw new IllegalStateException("no report to read: " + page);
        }
        return id.group(1);
    }

    static void write(Path file, List<Phase> phases) throws Exception {
        StringBuilder out = new StringBuilder("""
                # Gateway against Hive Gateway: one report by id

                Run: `gateway/bench/hive/run.sh` (%s; 2 cores shared by Keycloak, the three services, both
                gateways and the load generator: compare figures within one run). The local stack
                (`./pact up`) with its demo data, user paula (police-officer); Hive Gateway %s composed by
                `mesh-compose` from the services' own OpenAPI documents, one Node process. Each phase %d s
                after a warm-up, in the order of the table.

                | path | connections | requests | per second | p50 ms | p99 ms |
                |---|---:|---:|---:|---:|---:|
                """.formatted(Instant.now(), System.getProperty("hive.version", "?"), SECONDS));
        for (Phase phase : phases) {
            out.append("| %s | %d | %d | %.0f | %.2f | %.2f |%n".formatted(phase.path(), phase.connections(),
                    phase.requests(), phase.perSecond(), phase.p50(), phase.p99()));
        }
        out.append("\n");
        for (int connections : new int[] {1, 4, 32}) {
            double direct = rate(phases, "direct REST", connections);
            out.append("At %d connection%s: PACT gateway/direct %.2f, Hive Gateway/direct %.2f, PACT/Hive %.2f.%n"
                    .formatted(connections, connections == 1 ? "" : "s", rate(phases, "PACT gateway", connections) / direct,
                            rate(phases, "Hive Gateway", connections) / direct,
                            rate(phases, "PACT gateway", connections) / rate(phases, "Hive Gateway", connections)));
        }
        Files.writeString(file, out.toString());
    }

    static double rate(List<Phase> phases, String path, int connections) {
        return phases.stream().filter(p -> p.path().equals(path) && p.connections() == connections)
                .mapToDouble(Phase::perSecond).findFirst().orElseThrow();
    }
}
