package pact.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import pact.stack.StackLayout.App;

/**
 * What the officers' devices would have sent so far on the shift: a location fix every minute
 * of each planned visit that has begun, close to the centre of the visited hotspot. The patrol
 * dose then shows patrol delivered against planned, up to now. Posted by the coordinator, who
 * may post for any officer; each fix's clientId is the officer's device time, so a resent batch
 * counts once.
 */
final class PatrolCheckIns {
    static final Duration EVERY = Duration.ofMinutes(1);
    /** GPS scatter around where the officer stands; well inside a 150 m cell. */
    static final double SCATTER_METRES = 15;
    /** tasking-service takes at most 1000 check-ins in one batch. */
    static final int BATCH = 500;

    private final StackLayout layout;
    private final PactApi api;
    private final ZonedDateTime now;

    PatrolCheckIns(StackLayout layout, PactApi api, ZonedDateTime now) {
        this.layout = layout;
        this.api = api;
        this.now = now;
    }

    void post(JsonNode plan, List<JsonNode> tasks, TodaysShift.Shift shift, String token) {
        Map<String, ArrayNode> byOfficer = fixesByOfficer(plan, tasks, shift);
        int stored = 0;
        int duplicates = 0;
        for (Map.Entry<String, ArrayNode> officer : byOfficer.entrySet()) {
            for (int from = 0; from < officer.getValue().size(); from += BATCH) {
                JsonNode receipt = postBatch(officer.getKey(), slice(officer.getValue(), from), token);
                stored += receipt.path("stored").asInt();
                duplicates += receipt.path("duplicates").asInt();
            }
        }
        Console.step("  check-ins: " + stored + " stored, " + duplicates + " already there, from "
                + byOfficer.values().stream().filter(f -> !f.isEmpty()).count() + " officers' visits so far"
                + dose(shift, token));
    }

    /** Each officer's fixes, from the visits of the plan; each visit's scatter is seeded by the shift and the visit. */
    private Map<String, ArrayNode> fixesByOfficer(JsonNode plan, List<JsonNode> tasks, TodaysShift.Shift shift) {
        Map<String, PoliceUkPattern.Place> centres = new HashMap<>();
        tasks.forEach(t -> centres.put(t.path("id").asText(), centre(t.path("area").path("polygon"))));
        Map<String, ArrayNode> byOfficer = new LinkedHashMap<>();
        for (JsonNode visit : plan.path("visits")) {
            PoliceUkPattern.Place centre = centres.get(visit.path("taskId").asText());
            if (centre == null) {
                continue; // not among the shift's open tasks: no place to put the fixes
            }
            ArrayNode fixes = byOfficer.computeIfAbsent(visit.path("officerId").asText(),
                    o -> PactApi.JSON.createArrayNode());
            addFixes(fixes, visit, centre, DemoRandom.of(shift.day(), "check-ins "
                    + visit.path("staffNumber").asText() + " " + visit.path("startsAt").asText()));
        }
        return byOfficer;
    }

    /** A fix a minute from the visit's start to its end or now, whichever is first. */
    private void addFixes(ArrayNode fixes, JsonNode visit, PoliceUkPattern.Place centre, SplittableRandom random) {
        Instant end = Instant.parse(visit.path("endsAt").asText());
        Instant until = end.isBefore(now.toInstant()) ? end : now.toInstant();
        for (Instant at = Instant.parse(visit.path("startsAt").asText()); at.isBefore(until); at = at.plus(EVERY)) {
            PoliceUkPattern.Place fix = centre.scattered(SCATTER_METRES, random);
            fixes.addObject().put("clientId", "demo-" + at.getEpochSecond()).put("at", at.toString())
                    .put("lat", fix.lat()).put("lon", fix.lon()).put("accuracyMetres", 5 + random.nextInt(16));
        }
    }

    private JsonNode postBatch(String officerId, ArrayNode fixes, String token) {
        ObjectNode batch = PactApi.JSON.createObjectNode();
        batch.set("checkIns", fixes);
        return PactApi.ok(api.post(layout.url(App.TASKING) + "/api/officers/" + officerId + "/check-ins", token,
                batch.toString()));
    }

    private static ArrayNode slice(ArrayNode all, int from) {
        ArrayNode part = PactApi.JSON.createArrayNode();
        for (int i = from; i < Math.min(all.size(), from + BATCH); i++) {
            part.add(all.get(i));
        }
        return part;
    }

    /** The mean of a GeoJSON polygon's outer ring (without its closing point): the middle of a cell. */
    static PoliceUkPattern.Place centre(JsonNode polygon) {
        JsonNode ring = polygon.path("coordinates").path(0);
        int n = ring.size() - 1;
        double lon = 0;
        double lat = 0;
        for (int i = 0; i < n; i++) {
            lon += ring.path(i).path(0).asDouble();
            lat += ring.path(i).path(1).asDouble();
        }
        return new PoliceUkPattern.Place(lat / n, lon / n, null);
    }

    /** The shift's dose so far, as the tasking board shows it. */
    private String dose(TodaysShift.Shift shift, String token) {
        JsonNode totals = PactApi.ok(api.get(layout.url(App.TASKING) + "/api/dose?from=" + shift.start() + "&to="
                + shift.end(), token)).path("totals");
        return String.format(java.util.Locale.ROOT, "; dose so far: %d visits, %.0f minutes delivered of %d planned",
                totals.path("deliveredVisits").asInt(), totals.path("deliveredMinutes").asDouble(),
                totals.path("plannedMinutes").asLong());
    }
}
