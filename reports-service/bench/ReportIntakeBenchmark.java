import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import pact.testsupport.TestIssuer;
import pact.testsupport.bench.DurablePostgres;
import pact.testsupport.bench.IntakeBench;
import pact.testsupport.bench.ServiceProcess;

/**
 * Report intake (POST /api/reports, as a council officer makes it) against the durable insert rate
 * of the same PostgreSQL server, and the service's CPU per report.
 *
 * <p>In one run: a durable PostgreSQL (embedded binaries, fsync and synchronous commit on); the
 * baseline, plain JDBC inserts of a report-shaped row, one per transaction, from 16 connections;
 * then the packaged service in its own JVM, and reports from 16 concurrent clients with real
 * tokens, every rule on (placement, duplicates, the Community Trigger). Run it through
 * {@code bench/run.sh}; arguments: reports per warm-up round, measured reports, concurrency, jar,
 * results file.
 */
public class ReportIntakeBenchmark {
    static final String HEADING = "## Intake: reports through POST /api/reports";
    static final String[] CATEGORIES = {"ROWDY_OR_INCONSIDERATE", "STREET_DRINKING", "DRUG_DEALING_OR_USE", "NOISE",
            "VANDALISM_OR_GRAFFITI", "BEGGING", "AGGRESSIVE_BEHAVIOUR", "VEHICLE_NUISANCE", "DOG_NUISANCE",
            "STREET_GAMBLING", "FLY_TIPPING_OR_LITTERING"};

    public static void main(String[] args) throws Exception {
        IntakeBench.Arguments arguments = IntakeBench.Arguments.of(args, 4000);

        try (DurablePostgres postgres = DurablePostgres.start()) {
            double baseline = IntakeBench.insertBaseline(postgres, arguments.concurrency(),
                    Duration.ofSeconds(15));
            System.out.printf("baseline: %.0f durable inserts/s%n", baseline);
            try (ServiceProcess service = ServiceProcess.start(arguments.jar(), postgres.jdbcUrl(), "postgres",
                    "postgres")) {
                HttpClient http = ServiceProcess.client();
                String[] tokens = new String[arguments.concurrency()];
                for (int t = 0; t < arguments.concurrency(); t++) {
                    tokens[t] = TestIssuer.token("bench-officer-" + t, "council-officer");
                }
                IntakeBench.RequestMaker report = (i, random) -> HttpRequest
                        .newBuilder(URI.create(service.base() + "/api/reports"))
                        .header("Authorization", "Bearer " + tokens[i % tokens.length])
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body(i, random))).build();
                IntakeBench.Intake intake = IntakeBench.measureIntake(postgres, service, http, arguments, report);
                String section = HEADING + "\n\n" + IntakeBench.measuredOn() + ".\n"
                        + "PostgreSQL: " + postgres.durability() + ".\n\n"
                        + IntakeBench.table("reports", baseline, intake.baselineAfter(), intake.measured(), 0.25, 1)
                        + """

                        The baseline is a plain JDBC loop inserting one report-shaped row per transaction
                        (autocommit) from as many connections as the intake has clients, against the same
                        server in the same run, before and after the intake; the disk's speed varies from
                        minute to minute, so the ratio uses their mean. The intake runs the packaged service
                        in its own JVM; its CPU is the process's user and system time over the measured
                        reports, divided by them, after warm-up rounds that end when the JIT compiler spends
                        under 5% of a round's CPU (its start-up work is not intake's cost; on this machine it
                        lasts minutes). Each report: a council officer's token verified, the body validated,
                        the place found (grid, ward, LSOA), possible duplicates listed, the report stored and
                        the Community Trigger checked (victim, location and hate thresholds), in one
                        transaction. The reports fall at random over about 3 km² of central Westminster, so
                        the Community Trigger's place threshold is met more and more often as they
                        accumulate.

                        Rerun: `reports-service/bench/run.sh` (the hotspot figures and this section), or
                        `INTAKE_ONLY=1 reports-service/bench/run.sh` (this section only).
                        """;
                System.out.println(section);
                IntakeBench.writeSection(arguments.results(), HEADING, section);
                IntakeBench.requireNoFailures(intake.all());
            }
        }
    }

    /** A report somewhere in central Westminster; one in four names a victim. */
    static String body(int i, Random random) {
        double lat = 51.503 + random.nextDouble() * 0.012;
        double lon = -0.170 + random.nextDouble() * 0.035;
        String occurred = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5 + random.nextInt(24 * 60)).toString();
        String victim = i % 4 == 0
                ? "{\"name\":\"Victim %d\",\"phone\":\"020 7946 %04d\"}".formatted(i, random.nextInt(10000))
                : "null";
        return """
                {"qualifier":"NUISANCE","category":"%s",
                 "description":"Group drinking and shouting outside the flats, most evenings (bench %d)",
                 "location":{"lat":%.6f,"lon":%.6f},"address":"Near %d Bench Street",
                 "occurredAt":"%s","source":"PUBLIC",
                 "reporter":{"name":"Resident %d","email":"resident%d@example.org"},
                 "victim":%s}""".formatted(CATEGORIES[random.nextInt(CATEGORIES.length)], i, lat, lon,
                1 + random.nextInt(200), occurred, i, random.nextInt(1_000_000), victim);
    }
}
