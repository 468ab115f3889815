package pact.tasking.bench;

import static pact.testsupport.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import pact.tasking.domain.Organisation;
import pact.tasking.domain.PatrolMode;
import pact.tasking.domain.Power;
import pact.tasking.domain.Priority;
import pact.support.geo.BritishNationalGrid;
import pact.support.geo.GridPoint;
import pact.support.geo.LatLon;
import pact.tasking.plan.PatrolPlanner;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

/**
 * The speed targets of issue 4, measured (not asserted: a benchmark, run by bench/run.sh, not by
 * the normal build): a plan for 18 officers, 50 hotspots and an 8-hour shift, and a shift of
 * check-ins from 18 officers every 10 s ingested over HTTP with the dose computed. The 50
 * hotspots are the busiest 150 m cells of the real police.uk ASB records in data/.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class TaskingBenchmark {
    static final Instant FROM = Instant.parse("2025-08-01T14:00:00Z");
    static final Instant TO = FROM.plus(Duration.ofHours(8));
    static final int CELL = 150;
    static final int PING_SECONDS = 10;
    static final int PINGS_PER_BATCH = 6; // each device sends once a minute

    record Cell(long e, long n, int count) {
        String id() {
            return CELL + "m-" + e / CELL + "-" + n / CELL; // reports-service's naming: grid indices
        }
    }

    @Test
    void benchmark() throws Exception {
        StringBuilder out = new StringBuilder();
        List<Cell> cells = busiestCells(50);
        out.append("# tasking-service benchmark\n\n")
                .append("Run: `tasking-service/bench/run.sh` (").append(Runtime.getRuntime().availableProcessors())
                .append(" cores seen by the JVM, Java ").append(System.getProperty("java.version")).append(").\n")
                .append("Hotspots: the 50 busiest 150 m cells of the police.uk Westminster ASB records, Jan-Jun 2018 ")
                .append("(busiest ").append(cells.get(0).count()).append(" reports, 50th ")
                .append(cells.get(49).count()).append(").\n\n");
        plannerAlone(cells, out);
        throughTheService(cells, out);
        Path results = Path.of("target", "bench-results.md");
        Files.writeString(results, out.toString());
        System.out.println(out);
    }

    /** The planner on its own: 18 officers, 50 hotspots, 8 hours, 20 seeds after a warm-up. */
    void plannerAlone(List<Cell> cells, StringBuilder out) {
        PatrolPlanner planner = new PatrolPlanner(new PatrolPlanner.Rules(Duration.ofMinutes(10),
                Duration.ofMinutes(15), Duration.ofHours(2), 5, 15, 1.3));
        List<PatrolPlanner.Officer> officers = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            officers.add(new PatrolPlanner.Officer(new UUID(0, i), "PC-" + i, i % 3 == 0 ? PatrolMode.BIKE
                    : PatrolMode.FOOT, Organisation.MET_POLICE.powers(), FROM, TO));
            officers.add(new PatrolPlanner.Officer(new UUID(1, i), "CI-" + i, i % 2 == 0 ? PatrolMode.BIKE
                    : PatrolMode.FOOT, Organisation.WESTMINSTER_COUNCIL.powers(), FROM, TO));
        }
        List<PatrolPlanner.Hotspot> hotspots = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            hotspots.add(new PatrolPlanner.Hotspot(new UUID(2, i), c.id(), c.e() + CELL / 2.0, c.n() + CELL / 2.0,
                    i < 10 ? Priority.HIGH : Priority.MEDIUM,
                    i % 10 == 0 ? EnumSet.of(Power.DISPERSAL_DIRECTION) : EnumSet.of(Power.PATROL), Set.of(), FROM,
                    TO));
        }
        for (int i = 0; i < 5; i++) {
            planner.plan(FROM, TO, officers, hotspots, List.of(), -i);
        }
        List<Double> millis = new ArrayList<>();
        List<PatrolPlanner.Quality> qualities = new ArrayList<>();
        for (long seed = 1; seed <= 20; seed++) {
            long t0 = System.nanoTime();
            PatrolPlanner.Plan plan = planner.plan(FROM, TO, officers, hotspots, List.of(), seed);
            millis.add((System.nanoTime() - t0) / 1e6);
            qualities.add(plan.quality());
        }
        millis.sort(Comparator.naturalOrder());
        out.append("## Patrol plan: 18 officers, 50 hotspots, 8-hour shift (planner alone)\n\n")
                .append("Target: under 5 s on 2 cores.\n\n")
                .append(String.format(Locale.ROOT, "- time per plan over 20 seeds: median %.1f ms, slowest %.1f ms%n",
                        millis.get(10), millis.get(19)))
                .append(String.format(Locale.ROOT, "- visits per plan: mean %.0f%n",
                        qualities.stream().mapToInt(PatrolPlanner.Quality::visits).average().orElse(0)))
                .append(String.format(Locale.ROOT, "- coverage (hotspots visited at least once): mean %.1f%%, worst %.1f%%%n",
                        100 * avg(qualities, PatrolPlanner.Quality::coverage),
                        100 * min(qualities, PatrolPlanner.Quality::coverage)))
                .append(String.format(Locale.ROOT, "- hotspots never left unvisited over 2 hours: mean %.1f%%, worst %.1f%%%n",
                        100 * avg(qualities, PatrolPlanner.Quality::revisitCompliance),
                        100 * min(qualities, PatrolPlanner.Quality::revisitCompliance)))
                .append(String.format(Locale.ROOT, "- longest gap at any hotspot: worst %d min%n",
                        qualities.stream().mapToLong(PatrolPlanner.Quality::longestGapMinutes).max().orElse(0)))
                .append(String.format(Locale.ROOT,
                        "- dose per hotspot over the shift: mean %.0f min (lowest hotspot %.0f, highest %.0f, averaged over seeds)%n",
                        avg(qualities, PatrolPlanner.Quality::meanDoseMinutes),
                        avg(qualities, PatrolPlanner.Quality::minDoseMinutes),
                        avg(qualities, PatrolPlanner.Quality::maxDoseMinutes)))
                .append(String.format(Locale.ROOT, "- share of officer time not at a hotspot (travel, waiting): mean %.1f%%%n%n",
                        100 * avg(qualities, PatrolPlanner.Quality::shareNotAtHotspots)));
    }

    static String login(String staffNumber) {
        return staffNumber.toLowerCase(Locale.ROOT);
    }

    /** The same through the running service: roster, tasks, plan over HTTP; then a shift of check-ins and the dose. */
    void throughTheService(List<Cell> cells, StringBuilder out) throws Exception {
        List<String> officers = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            boolean met = i < 9;
            String staff = (met ? "BPC-" : "BCI-") + i;
            // each officer's device posts with the officer's own login: a person posts only their own check-ins
            String id = as("tara", "tasking-coordinator").body("""
                    {"staffNumber":"%s","displayName":"Bench %s","organisation":"%s","role":"%s","mode":"%s",
                     "team":"PACT","login":"%s"}""".formatted(staff, staff, met ? "MET_POLICE" : "WESTMINSTER_COUNCIL",
                    met ? "POLICE_CONSTABLE" : "CITY_INSPECTOR", i % 3 == 0 ? "BIKE" : "FOOT", login(staff)))
                    .when().post("/api/officers").then().statusCode(201).extract().path("id");
            as("tara", "tasking-coordinator").body("{\"kind\":\"SHIFT\",\"startsAt\":\"%s\",\"endsAt\":\"%s\"}"
                    .formatted(FROM, TO)).when().post("/api/officers/" + id + "/duty-periods").then().statusCode(201);
            officers.add(id);
        }
        Map<String, Cell> cellOfTask = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String id = as("tara", "tasking-coordinator").body("""
                    {"title":"Hotspot %d","objective":"VISIBLE_PATROL","area":{"cellId":"%s"},"priority":"%s",
                     "windowStart":"%s","windowEnd":"%s","powersNeeded":["%s"]}""".formatted(i, cells.get(i).id(),
                    i < 10 ? "HIGH" : "MEDIUM", FROM, TO, i % 10 == 0 ? "DISPERSAL_DIRECTION" : "PATROL"))
                    .when().post("/api/tasks").then().statusCode(201).extract().path("id");
            cellOfTask.put(id, cells.get(i));
        }
        long t0 = System.nanoTime();
        JsonPath plan = as("tara", "tasking-coordinator").body("{\"from\":\"%s\",\"to\":\"%s\",\"seed\":2026}"
                .formatted(FROM, TO)).when().post("/api/plans").then().statusCode(201).extract().jsonPath();
        double planMillis = (System.nanoTime() - t0) / 1e6;
        out.append("## Through the service (HTTP, PostgreSQL)\n\n")
                .append(String.format(Locale.ROOT,
                        "- `POST /api/plans` for the 18 rostered officers and 50 hotspot tasks: %.0f ms end to end "
                                + "(%d visits, coverage %.1f%%, revisit compliance %.1f%%)%n",
                        planMillis, plan.getList("visits").size(), 100 * plan.getDouble("quality.coverage"),
                        100 * plan.getDouble("quality.revisitCompliance")));

        // Each officer's device pings every 10 s: at the hotspot centre (with a few metres of jitter) during a
        // planned visit, on the straight line to the next hotspot otherwise.
        Map<String, List<Map<String, Object>>> visitsByOfficer = plan.<Map<String, Object>>getList("visits").stream()
                .collect(Collectors.groupingBy(v -> (String) v.get("officerId")));
        Map<String, List<String>> batches = new HashMap<>();
        long pings = 0;
        java.util.Random jitter = new java.util.Random(1);
        for (String officer : officers) {
            List<Map<String, Object>> visits = visitsByOfficer.getOrDefault(officer, List.of());
            List<String> checkIns = new ArrayList<>();
            for (Instant t = FROM; t.isBefore(TO); t = t.plusSeconds(PING_SECONDS)) {
                Coordinate bng = where(visits, cellOfTask, t);
                LatLon ll = BritishNationalGrid.toLatLon(bng.x + jitter.nextGaussian() * 5,
                        bng.y + jitter.nextGaussian() * 5);
                checkIns.add("{\"clientId\":\"%s\",\"at\":\"%s\",\"lat\":%.7f,\"lon\":%.7f,\"accuracyMetres\":8}"
                        .formatted(t.getEpochSecond(), t, ll.lat(), ll.lon()));
            }
            pings += checkIns.size();
            List<String> officerBatches = new ArrayList<>();
            for (int i = 0; i < checkIns.size(); i += PINGS_PER_BATCH) {
                officerBatches.add("{\"checkIns\":[" + String.join(",",
                        checkIns.subList(i, Math.min(checkIns.size(), i + PINGS_PER_BATCH))) + "]}");
            }
            batches.put(officer, officerBatches);
        }
        HttpClient http = HttpClient.newHttpClient();
        Map<String, String> tokens = new HashMap<>();
        for (int i = 0; i < officers.size(); i++) {
            tokens.put(officers.get(i), TestIssuer.token(login((i < 9 ? "BPC-" : "BCI-") + i),
                    i < 9 ? "police-officer" : "city-inspector"));
        }
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        AtomicLong failures = new AtomicLong();
        ExecutorService devices = Executors.newFixedThreadPool(6);
        t0 = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (String officer : officers) {
            done.add(devices.submit(() -> {
                for (String body : batches.get(officer)) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/officers/" + officer
                            + "/check-ins")).header("Authorization", "Bearer " + tokens.get(officer))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    try {
                        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        devices.shutdown();
        double ingestSeconds = (System.nanoTime() - t0) / 1e9;
        long batchCount = batches.values().stream().mapToLong(List::size).sum();

        // A retry storm: every batch of one officer sent again must store nothing new.
        long retried = 0;
        for (String body : batches.get(officers.get(0))) {
            retried += as(login("BPC-0"), "police-officer").body(body).when()
                    .post("/api/officers/" + officers.get(0) + "/check-ins").then().statusCode(200)
                    .extract().jsonPath().getInt("duplicates");
        }
        t0 = System.nanoTime();
        JsonPath dose = as("tara", "tasking-coordinator").when().get("/api/dose?from=" + FROM + "&to=" + TO)
                .then().statusCode(200).extract().jsonPath();
        double doseMillis = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        as("tara", "tasking-coordinator").when().get("/api/dose?from=" + FROM.minus(Duration.ofDays(3)) + "&to="
                + TO.plus(Duration.ofDays(4)).minus(Duration.ofHours(8))).then().statusCode(200);
        double weekMillis = (System.nanoTime() - t0) / 1e6;
        double shiftSeconds = Duration.between(FROM, TO).toSeconds();
        out.append(String.format(Locale.ROOT,
                "- check-ins: %d pings (18 officers every %d s for 8 hours) in %d batches of %d from 6 concurrent "
                        + "clients: %.1f s, %.0f check-ins/s, %d failed%n",
                pings, PING_SECONDS, batchCount, PINGS_PER_BATCH, ingestSeconds, pings / ingestSeconds, failures.get()))
                .append(String.format(Locale.ROOT,
                        "- margin over real time for ingestion: a shift's check-ins took %.2f%% of the shift (%.0fx faster "
                                + "than they arrive)%n", 100 * ingestSeconds / shiftSeconds, shiftSeconds / ingestSeconds))
                .append(String.format(Locale.ROOT,
                        "- one officer's whole shift sent again (a retry storm): %d check-ins reported as duplicates,"
                                + " %d counted in the dose (of %d sent)%n", retried,
                        dose.getLong("totals.checkInsCounted"), pings))
                .append(String.format(Locale.ROOT,
                        "- `GET /api/dose` for the shift (%d check-ins, 50 tasks): %.0f ms; for the week around it: %.0f ms%n",
                        dose.getLong("totals.checkInsCounted"), doseMillis, weekMillis))
                .append(String.format(Locale.ROOT,
                        "- planned against delivered for the shift: %d visits / %d min planned, %d visits / %.0f min "
                                + "delivered. The simulated devices follow the plan, so the difference is the "
                                + "measurement: minutes include walking through other hotspot cells on the way "
                                + "(the busiest cells are neighbours in the West End) and waiting at the last "
                                + "hotspot; visits count only stops of 3 minutes or more%n",
                        dose.getInt("totals.plannedVisits"), dose.getLong("totals.plannedMinutes"),
                        dose.getInt("totals.deliveredVisits"), dose.getDouble("totals.deliveredMinutes")));
    }

    /** Where an officer following the plan is at time t, in BNG metres. */
    static Coordinate where(List<Map<String, Object>> visits, Map<String, Cell> cells, Instant t) {
        Coordinate previous = null;
        Instant previousEnd = FROM;
        for (Map<String, Object> v : visits) {
            Instant start = Instant.parse((String) v.get("startsAt"));
            Instant end = Instant.parse((String) v.get("endsAt"));
            Cell c = cells.get((String) v.get("taskId"));
            Coordinate centre = new Coordinate(c.e() + CELL / 2.0, c.n() + CELL / 2.0);
            if (!t.isBefore(start) && t.isBefore(end)) {
                return centre;
            }
            if (t.isBefore(start)) {
                if (previous == null) {
                    return centre;
                }
                double f = (double) Duration.between(previousEnd, t).toSeconds()
                        / Math.max(1, Duration.between(previousEnd, start).toSeconds());
                return new Coordinate(previous.x + f * (centre.x - previous.x), previous.y + f * (centre.y - previous.y));
            }
            previous = centre;
            previousEnd = end;
        }
        return previous != null ? previous : new Coordinate(529500, 180900);
    }

    static List<Cell> busiestCells(int count) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("..", "data", "police-uk"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-westminster-asb.csv"))
                    .sorted().toList()) {
                for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                    String[] f = line.split(",", -1);
                    if (f[4].isEmpty() || f[5].isEmpty()) {
                        continue;
                    }
                    // police.uk columns: Longitude, Latitude
                    GridPoint bng = BritishNationalGrid.toGrid(Double.parseDouble(f[5]), Double.parseDouble(f[4]));
                    long e = (long) Math.floor(bng.easting() / CELL) * CELL;
                    long n = (long) Math.floor(bng.northing() / CELL) * CELL;
                    counts.merge(e + "," + n, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).limit(count)
                .map(en -> {
                    long[] en2 = Arrays.stream(en.getKey().split(",")).mapToLong(Long::parseLong).toArray();
                    return new Cell(en2[0], en2[1], en.getValue());
                }).toList();
    }

    static double avg(List<PatrolPlanner.Quality> qs, java.util.function.ToDoubleFunction<PatrolPlanner.Quality> f) {
        return qs.stream().mapToDouble(f).average().orElse(0);
    }

    static double min(List<PatrolPlanner.Quality> qs, java.util.function.ToDoubleFunction<PatrolPlanner.Quality> f) {
        return qs.stream().mapToDouble(f).min().orElse(0);
    }
}
