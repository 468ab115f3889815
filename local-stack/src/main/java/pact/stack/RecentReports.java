package pact.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import pact.stack.StackLayout.App;

/**
 * The last eight weeks of reports, so that the portal's maps and lists show current ASB: about
 * 150 a week, placed where police.uk's 2018 records were, busier in the evening and at the
 * weekend. They are demo data and say so: the description starts with "[demo]" and the
 * sourceReference with "pact-demo:".
 *
 * <p>Each day's reports are drawn from a seed of that day's date, so the same day always gives
 * the same reports and sourceReferences; a restart, even on a later day, posts only those not
 * there yet (the days that have since begun, and today's reports whose time has since come).
 */
final class RecentReports {
    static final int DAYS = 56;
    static final double PER_WEEK = 150;
    static final String REFERENCE_PREFIX = "pact-demo:";
    static final String DESCRIPTION_PREFIX = "[demo] ";
    /** Relative volume Monday to Sunday: Friday and Saturday nights are the busiest. */
    static final double[] WEEKDAY = {0.85, 0.85, 0.9, 1.0, 1.2, 1.3, 0.9};
    /** Relative volume by hour of the day, 00 to 23: quiet mornings, busy evenings. */
    static final double[] HOUR = {2.2, 1.6, 1.1, 0.7, 0.4, 0.3, 0.4, 0.6, 0.9, 1.1, 1.3, 1.5, 1.7, 1.8, 1.9, 2.0, 2.2,
            2.4, 2.6, 2.8, 3.0, 3.0, 2.9, 2.6};
    /** The channels reports come in by, and how often (a list, not a map: its order makes the draw reproducible). */
    static final List<Map.Entry<String, Double>> SOURCES = List.of(Map.entry("PUBLIC", 45.0),
            Map.entry("CITY_INSPECTOR", 18.0), Map.entry("POLICE", 15.0), Map.entry("CCTV_OPERATOR", 10.0),
            Map.entry("PARTNER", 6.0), Map.entry("HOUSING", 4.0), Map.entry("NOISE_TEAM", 2.0));
    /** reports-service's intake is one report per call; a few at a time keep two cores busy without a queue. */
    static final int PARALLEL_POSTS = 4;

    /** A report to have, with the identity that makes it idempotent. */
    record DemoReport(String reference, Instant occurredAt, ObjectNode body) {
    }

    private final StackLayout layout;
    private final PactApi api;
    private final PoliceUkPattern pattern;
    private final AsbMix mix;
    private final ZonedDateTime now;

    RecentReports(StackLayout layout, PactApi api, PoliceUkPattern pattern, AsbMix mix, ZonedDateTime now) {
        this.layout = layout;
        this.api = api;
        this.pattern = pattern;
        this.mix = mix;
        this.now = now;
    }

    void load() {
        String token = api.passwordToken("olivia", "olivia-pact");
        LocalDate first = now.toLocalDate().minusDays(DAYS - 1);
        List<DemoReport> wanted = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(now.toLocalDate()); day = day.plusDays(1)) {
            wanted.addAll(reportsOf(day));
        }
        Set<String> present = presentReferences(token, first.atStartOfDay(now.getZone()).toInstant());
        List<DemoReport> missing = wanted.stream().filter(r -> !present.contains(r.reference()))
                .filter(r -> !r.occurredAt().isAfter(now.toInstant())).toList();
        if (missing.isEmpty()) {
            Console.step("recent demo reports: all " + present.size() + " of the last " + DAYS + " days already there");
            return;
        }
        Console.step("recent demo reports: " + present.size() + " already there, posting " + missing.size()
                + " (last " + DAYS + " days, about " + (int) PER_WEEK + " a week) ...");
        Map<Integer, AtomicInteger> answers = post(missing, token);
        Console.step("recent demo reports: " + count(answers, 201) + " added" + refusals(answers));
    }

    /** Every report of one day, drawn whole from the day's seed, whatever the time now. */
    List<DemoReport> reportsOf(LocalDate day) {
        SplittableRandom random = DemoRandom.of(day, "reports");
        double mean = PER_WEEK / 7 * WEEKDAY[day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()];
        int count = (int) Math.round(mean * (0.8 + 0.4 * random.nextDouble()));
        List<DemoReport> reports = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ZonedDateTime at = day.atTime(DemoRandom.index(HOUR, random), random.nextInt(60)).atZone(now.getZone());
            String reference = REFERENCE_PREFIX + day + ":" + String.format("%03d", i);
            reports.add(new DemoReport(reference, at.toInstant(), body(reference, at, random)));
        }
        return reports;
    }

    private ObjectNode body(String reference, ZonedDateTime at, SplittableRandom random) {
        AsbMix.Kind kind = mix.draw(random);
        PoliceUkPattern.Place place = pattern.draw(random);
        ObjectNode report = PactApi.JSON.createObjectNode().put("qualifier", kind.qualifier())
                .put("category", kind.category()).put("description", DESCRIPTION_PREFIX + kind.description())
                .put("address", place.address()).put("occurredAt", at.toOffsetDateTime().toString())
                .put("source", DemoRandom.pick(SOURCES, Map.Entry::getValue, random).getKey())
                .put("sourceReference", reference);
        report.putObject("location").put("lat", place.lat()).put("lon", place.lon());
        return report;
    }

    /** The demo sourceReferences already in reports-service since {@code from}, read a page of 500 at a time. */
    private Set<String> presentReferences(String token, Instant from) {
        Set<String> present = new HashSet<>();
        String to = now.toInstant().plusSeconds(60).toString();
        int pages = 1;
        for (int page = 0; page < pages; page++) {
            JsonNode answer = PactApi.ok(api.get(layout.url(App.REPORTS) + "/api/reports?size=500&page=" + page
                    + "&from=" + from + "&to=" + to, token));
            pages = answer.path("totalPages").asInt();
            answer.path("items").forEach(r -> {
                String reference = r.path("sourceReference").asText("");
                if (reference.startsWith(REFERENCE_PREFIX)) {
                    present.add(reference);
                }
            });
        }
        return present;
    }

    /** Posts the reports a few at a time; the answer counts each HTTP status (0: no answer). */
    private Map<Integer, AtomicInteger> post(List<DemoReport> reports, String token) {
        Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
        Map<Integer, String> firstProblem = new ConcurrentHashMap<>();
        String url = layout.url(App.REPORTS) + "/api/reports";
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_POSTS);
        for (DemoReport report : reports) {
            pool.execute(() -> {
                int status;
                try {
                    HttpResponse<String> response = api.post(url, token, report.body().toString());
                    status = response.statusCode();
                    if (status != 201) {
                        firstProblem.putIfAbsent(status, response.body());
                    }
                } catch (StackFailure e) {
                    status = 0;
                    firstProblem.putIfAbsent(status, e.getMessage());
                }
                answers.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            });
        }
        awaitAll(pool);
        firstProblem.forEach((status, problem) -> Console.step("  e.g. HTTP " + status + ": "
                + problem.substring(0, Math.min(problem.length(), 300))));
        return answers;
    }

    private static void awaitAll(ExecutorService pool) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
                pool.shutdownNow();
                throw new StackFailure("posting the recent demo reports took over 2 minutes; stopped");
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new StackFailure("Interrupted");
        }
    }

    private static int count(Map<Integer, AtomicInteger> answers, int status) {
        AtomicInteger n = answers.get(status);
        return n == null ? 0 : n.get();
    }

    /**
     * What was not added and why: 409 is a report posted meanwhile (already there), 400 one that the
     * jitter moved over the borough boundary (reports-service takes Westminster only).
     */
    private static String refusals(Map<Integer, AtomicInteger> answers) {
        StringBuilder text = new StringBuilder();
        answers.forEach((status, n) -> {
            if (status != 201) {
                text.append(", ").append(n.get()).append(" refused (HTTP ").append(status).append(")");
            }
        });
        return text.toString();
    }
}
