import java.net.URI;
import java.net.URLEncoder;
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
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pact.stack.GatewayBenchmark;
import pact.stack.GatewayBenchmark.Result;

/**
 * One report by id, read directly from reports-service, through the PACT gateway and through Hive
 * Gateway composed from the services' OpenAPI documents, in one run on the running local stack
 * (./pact up) with Hive Gateway on port 4000 (run.sh starts it). Loopback only, 12 s a phase, loaded
 * by the gateway benchmark's own load generator (local-stack.jar).
 * Arguments: the results file to write.
 */
public class ByIdComparison {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final int SECONDS = 12;

    record Path3(String name, String url, String body, Predicate<String> answered) {
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
            GatewayBenchmark.load(path.name() + ", warm-up", 4, answered(path, token), Duration.ofSeconds(20));
        }
        List<Result> phases = new ArrayList<>();
        for (int connections : new int[] {1, 4, 32}) {
            for (Path3 path : paths) {
                phases.add(GatewayBenchmark.load(path.name(), connections, answered(path, token),
                        Duration.ofSeconds(SECONDS)));
            }
        }
        write(Path.of(args[0]), phases);
    }

    /** One request on the path, which fails the phase unless it is answered with the report. */
    static Runnable answered(Path3 path, String token) {
        return () -> {
            String answer;
            try {
                answer = send(path, token);
            } catch (Exception e) {
                throw new IllegalStateException(path.name() + ": request failed", e);
            }
            if (!path.answered().test(answer)) {
                throw new IllegalStateException(path.name() + " did not answer the report: " + answer);
            }
        };
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

    static void write(Path file, List<Result> phases) throws Exception {
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
        for (Result phase : phases) {
            out.append("| %s | %d | %d | %.0f | %.2f | %.2f |%n".formatted(phase.name(), phase.connections(),
                    phase.requests(), phase.throughput(), phase.p50(), phase.p99()));
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

    static double rate(List<Result> phases, String path, int connections) {
        return phases.stream().filter(p -> p.name().equals(path) && p.connections() == connections)
                .mapToDouble(Result::throughput).findFirst().orElseThrow();
    }
}
