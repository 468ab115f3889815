import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import pact.testsupport.TestIssuer;
import pact.testsupport.bench.DurablePostgres;
import pact.testsupport.bench.IntakeBench;
import pact.testsupport.bench.ServiceProcess;

/**
 * Notices issued through POST /api/v1/notices, with the statutory rules, the audit log, the
 * change feed, idempotency and Envers history all on, against the durable insert rate of the same
 * PostgreSQL server, and the service's CPU per notice; then the PSPO lookup.
 *
 * <p>In one run: a durable PostgreSQL (embedded binaries, fsync and synchronous commit on); the
 * baseline, plain JDBC inserts of a report-shaped row, one per transaction, from as many
 * connections as there are clients; then the packaged service in its own JVM and signed requests
 * from concurrent clients. Run it through {@code bench/run.sh}; arguments: requests per warm-up
 * round, measured requests, concurrency, jar, results file.
 */
public class NoticeIssueBenchmark {

    public static void main(String[] args) throws Exception {
        IntakeBench.Arguments arguments = IntakeBench.Arguments.of(args, 3000);

        try (DurablePostgres postgres = DurablePostgres.start()) {
            double baseline = IntakeBench.insertBaseline(postgres, arguments.concurrency(),
                    Duration.ofSeconds(15));
            System.out.printf("baseline: %.0f durable inserts/s%n", baseline);
            try (ServiceProcess service = ServiceProcess.start(arguments.jar(), postgres.jdbcUrl(), "postgres",
                    "postgres")) {
                HttpClient http = ServiceProcess.client();
                String token = TestIssuer.token("bench-met", "met-system");
                IntakeBench.RequestMaker notice = (i, random) -> HttpRequest
                        .newBuilder(URI.create(service.base() + "/api/v1/notices"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(body(i))).build();
                IntakeBench.Intake issued = IntakeBench.measureIntake(postgres, service, http, arguments, notice);

                String[] behaviours = {"ALCOHOL_FAIL_TO_SURRENDER", "DOG_FOULING", "ON_STREET_ASB", "STREET_GAMBLING"};
                IntakeBench.RequestMaker lookup = (i, random) -> {
                    double lat = 51.485 + random.nextDouble() * 0.055;
                    double lon = -0.215 + random.nextDouble() * 0.105;
                    return HttpRequest.newBuilder(URI.create(service.base() + "/api/v1/pspos/applicable?lat=" + lat
                            + "&lon=" + lon + "&at=2026-09-05T21:30:00Z&behaviour=" + behaviours[i % behaviours.length]))
                            .header("Authorization", "Bearer " + token).build();
                };
                List<IntakeBench.Run> warmLookups = IntakeBench.warmUp(service, http, arguments.warmup(),
                        arguments.concurrency(), 200, lookup, Duration.ofSeconds(60));
                IntakeBench.Run lookups = IntakeBench.load(service, http, arguments.measured(),
                        arguments.concurrency(), 200, lookup);

                String report = """
                        # enforcement-service: notices issued through the API

                        %s.
                        PostgreSQL: %s.

                        `POST /api/v1/notices` with a Met system's Bearer token and a fresh Idempotency-Key per
                        request; every statutory rule, the s.62 audit entry, the change-feed entry, the
                        idempotency record and Envers history on. Half the requests are CPWs, half PSPO
                        penalties (which also run the PSPO point lookup).

                        %s
                        The baseline is a plain JDBC loop inserting one report-shaped row per transaction
                        (autocommit) from as many connections as there are clients, against the same server in the
                        same run, before and after the intake; the disk's speed varies from minute to minute, so
                        the ratio uses their mean. The service runs packaged in its own JVM; its CPU is the
                        process's user and system time over the measured notices, divided by them, after warm-up
                        rounds that end when the JIT compiler spends under 5%% of a round's CPU (its start-up work
                        is not intake's cost; on this machine it lasts minutes).

                        ## PSPO lookup: which orders apply at this point and time, for this behaviour

                        `GET /api/v1/pspos/applicable` at random points over Westminster's extent, same clients.

                        | measure | value |
                        |---|---|
                        | lookups measured | %d |
                        | concurrent clients | %d |
                        | lookups per second | %.0f |
                        | service CPU per lookup | %.2f ms |
                        | p50 / p99 latency | %.1f / %.1f ms |

                        Rerun: `enforcement-service/bench/run.sh [warmup] [requests] [concurrency]`.
                        """.formatted(IntakeBench.measuredOn(), postgres.durability(),
                        IntakeBench.table("notices", baseline, issued.baselineAfter(), issued.measured(), 0.1, 3),
                        lookups.requests(), lookups.concurrency(), lookups.perSecond(), lookups.cpuMillisPerRequest(),
                        lookups.percentile(50), lookups.percentile(99));
                System.out.println(report);
                Files.writeString(arguments.results(), report);
                List<IntakeBench.Run> all = new ArrayList<>(issued.all());
                all.add(lookups);
                all.addAll(warmLookups);
                IntakeBench.requireNoFailures(all);
            }
        }
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
}
