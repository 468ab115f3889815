package pact.reports;

import static pact.testsupport.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pact.reports.hotspots.HotspotMethod;
import pact.reports.mapping.BackTestView;
import pact.reports.service.HotspotService;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

/**
 * Not a test: the benchmark behind bench/results.md, run by bench/run.sh only (tag
 * "benchmark" is excluded from ./mvnw verify). Measures the police.uk import rate, hotspot
 * maps over the six real months and over synthetic volumes up to 1,000,000 reports, and the
 * predictive accuracy of the maps on the real data.
 */
@QuarkusTest
@Tag("benchmark")
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class HotspotBenchmark {
    static final String[] MONTHS = {"2018-01", "2018-02", "2018-03", "2018-04", "2018-05", "2018-06"};

    @Inject
    HotspotService hotspots;

    @Inject
    AgroalDataSource dataSource;

    final StringBuilder out = new StringBuilder();

    @Test
    void run() throws Exception {
        line("# reports-service benchmark");
        line("");
        line("Run: `reports-service/bench/run.sh` (" + Instant.now() + "; " + Runtime.getRuntime().availableProcessors()
                + " cores, embedded PostgreSQL 17, JVM " + System.getProperty("java.version") + ").");
        line("Times are wall-clock on a shared machine: compare figures within one run.");
        line("");
        importRealMonths();
        mapsOnRealData();
        accuracyOnRealData();
        rollingBackTestOnRealData();
        syntheticGrowth();
        Path target = Path.of(System.getProperty("pact.bench.out", "target/bench-results.md"));
        Files.writeString(target, out.toString());
        System.out.println(out);
    }

    void importRealMonths() throws IOException {
        line("## police.uk import");
        line("");
        line("| file | rows | imported | seconds | rows/s |");
        line("|---|---:|---:|---:|---:|");
        long rows = 0;
        double seconds = 0;
        for (String month : MONTHS) {
            byte[] csv = resource("/police-uk/" + month + "-westminster-asb.csv");
            long start = System.nanoTime();
            int imported = as("ann", "analyst").contentType("text/csv").body(csv)
                    .when().post("/api/imports/police-uk").then().statusCode(200).extract().path("imported");
            double s = (System.nanoTime() - start) / 1e9;
            int read = csv.length == 0 ? 0 : (int) new String(csv).lines().count() - 1;
            rows += read;
            seconds += s;
            line("| " + month + "-westminster-asb.csv | " + read + " | " + imported + " | " + f(s, 3) + " | "
                    + f(read / s, 0) + " |");
        }
        line("| **all six months** | " + rows + " | | " + f(seconds, 3) + " | **" + f(rows / seconds, 0) + "** |");
        line("");
        line("Each file goes through the HTTP API: parsing, British National Grid projection, ward and LSOA "
                + "placement, the idempotency check and one transaction.");
        line("");
    }

    void mapsOnRealData() {
        line("## Hotspot maps over the six real months (6,420 records)");
        line("");
        line("| method | cells | median ms | p95 ms | min ms |");
        line("|---|---:|---:|---:|---:|");
        for (HotspotMethod method : HotspotMethod.values()) {
            double[] times = time(30, () -> hotspots.map(all(), settings(method), 1, 50));
            line("| " + method + " (service) | " + hotspots.map(all(), settings(method), 0, 5000).cellsInArea()
                    + " | " + f(median(times), 1) + " | " + f(p95(times), 1) + " | " + f(times[0], 1) + " |");
        }
        double[] http = time(30, () -> as("ann", "analyst").when().get("/api/hotspots?method=GISTAR").then()
                .statusCode(200));
        line("| GISTAR through HTTP, top 50 as JSON | | " + f(median(http), 1) + " | " + f(p95(http), 1) + " | "
                + f(http[0], 1) + " |");
        line("");
    }

    void accuracyOnRealData() {
        line("## How well the maps predict: train January-May 2018, test June 2018");
        line("");
        line("| method | area share | cells | hit rate | PAI | PEI |");
        line("|---|---:|---:|---:|---:|---:|");
        HotspotService.Filter train = new HotspotService.Filter(Instant.parse("2018-01-01T00:00:00Z"),
                Instant.parse("2018-06-01T00:00:00Z"), List.of(), null, null);
        HotspotService.Filter test = new HotspotService.Filter(Instant.parse("2018-06-01T00:00:00Z"),
                Instant.parse("2018-07-01T00:00:00Z"), List.of(), null, null);
        for (HotspotMethod method : HotspotMethod.values()) {
            var evaluation = hotspots.evaluate(train, test, settings(method));
            for (var r : evaluation.results()) {
                line("| " + method + " | " + f(r.areaShare() * 100, 1) + "% | " + r.cells() + " | "
                        + f(r.hitRate() * 100, 1) + "% | " + f(r.pai(), 2) + " | " + f(r.pei(), 2) + " |");
            }
        }
        line("");
        line("150 m cells, Gi* distance band 225 m (a cell and its eight neighbours), KDE bandwidth 300 m. "
                + "Training reports: January-May; test reports: June. PAI = hit rate / area share; PEI = hit rate / "
                + "the best hit rate any cells of that area could have had in June.");
        line("");
    }

    void rollingBackTestOnRealData() {
        line("## Rolling back-test on the real months: each month forecast from the months before it");
        line("");
        HotspotService.Settings settings = settings(null);
        List<HotspotMethod> methods = List.of(HotspotMethod.values());
        double[] times = time(5, () -> hotspots.backTest(all(), settings, HotspotService.MIN_HISTORY_MONTHS, methods));
        BackTestView result = hotspots.backTest(all(), settings, HotspotService.MIN_HISTORY_MONTHS, methods);
        line("Tested months: " + String.join(", ", result.testedMonths()) + " (each needs "
                + result.minHistoryMonths() + " earlier months). The whole back-test of all four methods, FORECAST's "
                + "nested tuning included, takes " + f(median(times), 0) + " ms (median of 5, through the service).");
        line("");
        line("| method | month | hit rate 5% | PAI 5% | PEI 5% | hit rate 10% | PAI 10% | PEI 10% | hit rate 20% | PAI 20% "
                + "| PEI 20% |");
        line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (BackTestView.Month m : result.months()) {
            StringBuilder row = new StringBuilder("| " + m.method() + " | " + m.month() + " |");
            for (var r : m.results()) {
                row.append(' ').append(f(r.hitRate() * 100, 1)).append("% | ").append(f(r.pai(), 2)).append(" | ")
                        .append(f(r.pei(), 3)).append(" |");
            }
            line(row.toString());
        }
        line("");
        line("| method | area share | mean hit rate | mean PAI | mean PEI | worst PEI (month) | mean PEI - counts "
                + "| worst month below counts |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (BackTestView.Summary s : result.summary()) {
            line("| " + s.method() + " | " + f(s.areaShare() * 100, 0) + "% | " + f(s.meanHitRate() * 100, 1) + "% | "
                    + f(s.meanPai(), 2) + " | " + f(s.meanPei(), 3) + " | " + f(s.worstPei(), 3) + " ("
                    + s.worstMonth() + ") | " + signed(s.meanPeiAboveCounts()) + " | "
                    + (s.worstShortfallMonth() == null ? "never" : f(s.worstShortfallBelowCounts(), 3) + " ("
                            + s.worstShortfallMonth() + ")") + " |");
        }
        line("");
        line("Target for FORECAST: mean PEI above plain counts at 5%, 10% and 20% of the area, and never more than "
                + result.toleratedShortfall() + " below counts in a single month.");
        line("");
        line("| area share | FORECAST mean PEI - counts | above counts? | worst month below counts | within "
                + result.toleratedShortfall() + "? |");
        line("|---:|---:|---|---:|---|");
        for (BackTestView.Summary s : result.summary()) {
            if (s.method().equals("FORECAST")) {
                line("| " + f(s.areaShare() * 100, 0) + "% | " + signed(s.meanPeiAboveCounts()) + " | "
                        + (s.meanPeiAboveCounts() > 0 ? "yes" : "**no**") + " | " + f(s.worstShortfallBelowCounts(), 3)
                        + " | " + (s.worstShortfallBelowCounts() <= result.toleratedShortfall() + 1e-12 ? "yes" : "**no**")
                        + " |");
            }
        }
        line("");
        line("Default chosen by the back-test: **" + result.defaultMethod() + "**: " + result.reason() + ".");
        line("");
        line("FORECAST's parameters, chosen each month from the months before it only:");
        line("");
        for (BackTestView.Month m : result.months()) {
            if (m.method().equals("FORECAST")) {
                line("- " + m.month() + ": " + m.parameters());
            }
        }
        line("");
    }

    static String signed(double value) {
        return (value >= 0 ? "+" : "") + f(value, 3);
    }

    void syntheticGrowth() throws Exception {
        line("## Growth with the number of reports (synthetic, clustered, inside the borough's bounding box)");
        line("");
        line("| reports in the table | GISTAR median ms | p95 ms | KDE median ms |");
        line("|---:|---:|---:|---:|");
        long present = 6420;
        for (long target : new long[] {10_000, 100_000, 1_000_000}) {
            insertSynthetic(target - present);
            present = target;
            analyze();
            double[] gistar = time(10, () -> hotspots.map(all(), settings(HotspotMethod.GISTAR), 1, 50));
            double[] kde = time(5, () -> hotspots.map(all(), settings(HotspotMethod.KDE), 1, 50));
            line("| " + String.format(Locale.ROOT, "%,d", target) + " | " + f(median(gistar), 1) + " | "
                    + f(p95(gistar), 1) + " | " + f(median(kde), 1) + " |");
        }
        line("");
        line("The time is one grouped scan in PostgreSQL (linear in the reports that match the filter) plus "
                + "fixed work on the ~1,000 cells: Gi*, FDR and the JSON of the top cells.");
        line("");
    }

    void insertSynthetic(long count) throws Exception {
        // 70% spread over the borough's bounding box, 30% around 25 centres (sigma 80 m)
        String sql = """
                insert into report (id, qualifier, category, description, latitude, longitude, occurred_at,
                    reported_at, source, status, created_by, easting, northing, out_of_area)
                select gen_random_uuid(), 'NUISANCE',
                       (array['STREET_DRINKING','NOISE','BEGGING','DRUG_DEALING_OR_USE','ROWDY_OR_INCONSIDERATE'])[1 + (g %% 5)],
                       'synthetic', 51.5, -0.14, timestamp '2018-01-01' + (g %% 180) * interval '1 day',
                       now(), 'PARTNER', 'NEW', 'bench', e, n, false
                from (
                  select g,
                    case when g %% 10 < 7 then 524000 + random() * 9000
                         else 526000 + (g %% 25) * 220 + 80 * sqrt(-2 * ln(random())) * cos(2 * pi() * random()) end as e,
                    case when g %% 10 < 7 then 177500 + random() * 5500
                         else 178500 + (g %% 7) * 500 + 80 * sqrt(-2 * ln(random())) * sin(2 * pi() * random()) end as n
                  from generate_series(1, %d) g) s
                """.formatted(count);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    void analyze() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("analyze report");
        }
    }

    static HotspotService.Filter all() {
        return new HotspotService.Filter(null, null, List.of(), null, null);
    }

    static HotspotService.Settings settings(HotspotMethod method) {
        return new HotspotService.Settings(method, 150, 225, 300);
    }

    static double[] time(int runs, Runnable work) {
        for (int i = 0; i < 3; i++) {
            work.run();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    static double p95(double[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }

    static String f(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    void line(String text) {
        out.append(text).append('\n');
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = HotspotBenchmark.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
