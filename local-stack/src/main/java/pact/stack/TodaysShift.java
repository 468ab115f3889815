package pact.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pact.stack.StackLayout.App;

/**
 * Today's work of the PACT team as a tasking coordinator (tom) sets it up: the 18 officers
 * rostered on the shift that is on now, a task on each current hotspot, and the patrol plan of
 * the shift, followed by the check-ins of the visits already made ({@link PatrolCheckIns}).
 *
 * <p>Shifts are a day shift 07:00-19:00 and a night shift 19:00-07:00, London time: tasking-service
 * rosters at most 12 hours, and two such shifts cover every moment, so whoever opens the portal
 * sees the team on duty. A restart during the same shift adds nothing: the roster refuses an
 * overlapping shift (409), hotspots with an open task are skipped, and a second plan for the
 * period is refused (409). A restart during a later shift sets that shift up.
 */
final class TodaysShift {
    static final LocalTime DAY_SHIFT = LocalTime.of(7, 0);
    static final LocalTime NIGHT_SHIFT = LocalTime.of(19, 0);
    static final Duration LONGEST_SHIFT = Duration.ofHours(12);
    /** Hotspots are computed by reports-service over the four weeks before the shift, as a tasking meeting would. */
    static final int HOTSPOT_DAYS = 28;
    /** Enough hotspots for 18 officers to revisit each within 2 hours (the planner's rule). */
    static final int MAX_TASKS = 12;

    /** A shift; {@code day} is the London date it starts on. */
    record Shift(Instant start, Instant end, LocalDate day) {
        String describe(java.time.ZoneId zone) {
            return day + " " + start.atZone(zone).toLocalTime() + "-" + end.atZone(zone).toLocalTime() + " " + zone;
        }

        /** The day or night shift that is on at {@code now}. */
        static Shift containing(ZonedDateTime now) {
            LocalTime time = now.toLocalTime();
            boolean dayShift = !time.isBefore(DAY_SHIFT) && time.isBefore(NIGHT_SHIFT);
            LocalDate day = time.isBefore(DAY_SHIFT) ? now.toLocalDate().minusDays(1) : now.toLocalDate();
            Instant start = day.atTime(dayShift ? DAY_SHIFT : NIGHT_SHIFT).atZone(now.getZone()).toInstant();
            Instant nextStart = (dayShift ? day.atTime(NIGHT_SHIFT) : day.plusDays(1).atTime(DAY_SHIFT))
                    .atZone(now.getZone()).toInstant();
            // On the nights the clocks change, 19:00 to 07:00 is 11 or 13 hours; never over the longest shift.
            Instant longest = start.plus(LONGEST_SHIFT);
            return new Shift(start, longest.isBefore(nextStart) ? longest : nextStart, day);
        }
    }

    private final StackLayout layout;
    private final PactApi api;
    private final ZonedDateTime now;

    TodaysShift(StackLayout layout, PactApi api, ZonedDateTime now) {
        this.layout = layout;
        this.api = api;
        this.now = now;
    }

    void load() {
        String token = api.passwordToken("tom", "tom-pact");
        Shift shift = Shift.containing(now);
        Console.step("today's shift: " + shift.describe(now.getZone()) + " for the PACT team ...");
        roster(shift, token);
        // tasks an earlier start made still get their plan when reports-service cannot be asked now
        DemoActivity.attempt("  hotspot tasks", () -> taskHotspots(shift, token));
        List<JsonNode> tasks = tasksOf(shift, token);
        if (tasks.isEmpty()) {
            Console.step("  patrol plan skipped: no open task in the shift to plan");
            return;
        }
        plan(shift, tasks, token).ifPresent(plan -> new PatrolCheckIns(layout, api, now).post(plan, tasks, shift,
                token));
    }

    /** The shift's patrol plan, seeded by its start; empty when a plan already covers the shift (409). */
    private Optional<JsonNode> plan(Shift shift, List<JsonNode> tasks, String token) {
        HttpResponse<String> answer = api.post(layout.url(App.TASKING) + "/api/plans", token,
                PactApi.JSON.createObjectNode().put("from", shift.start().toString())
                        .put("to", shift.end().toString()).put("seed", shift.start().getEpochSecond()).toString());
        if (answer.statusCode() == 409) {
            Console.step("  patrol plan: a plan already covers this shift (an earlier start's); it and its "
                    + "check-ins are left as they are");
            return Optional.empty();
        }
        JsonNode plan = PactApi.ok(answer);
        Console.step("  patrol plan: " + plan.path("visits").size() + " visits to " + tasks.size() + " hotspots");
        return Optional.of(plan);
    }

    /** Every PACT officer on the shift; one already rostered then (by an earlier start, or on leave) is left as is. */
    private void roster(Shift shift, String token) {
        String body = PactApi.JSON.createObjectNode().put("kind", "SHIFT").put("startsAt", shift.start().toString())
                .put("endsAt", shift.end().toString()).toString();
        int added = 0;
        int already = 0;
        for (JsonNode officer : PactApi.ok(api.get(layout.url(App.TASKING) + "/api/officers?team=PACT&size=100",
                token)).path("items")) {
            HttpResponse<String> answer = api.post(layout.url(App.TASKING) + "/api/officers/"
                    + officer.path("id").asText() + "/duty-periods", token, body);
            if (answer.statusCode() == 409) {
                already++;
            } else {
                PactApi.ok(answer);
                added++;
            }
        }
        Console.step("  shift rostered: " + added + " officers added, " + already + " already on it");
    }

    /** reports-service's significant Gi* hotspots become tasks for the shift; hotspots already tasked are skipped. */
    private void taskHotspots(Shift shift, String token) {
        ObjectNode request = PactApi.JSON.createObjectNode()
                .put("from", shift.start().minus(Duration.ofDays(HOTSPOT_DAYS)).toString())
                .put("to", shift.start().toString()).put("cellSize", 150).put("maxTasks", MAX_TASKS)
                .put("objective", "VISIBLE_PATROL").put("priority", "HIGH")
                .put("windowStart", shift.start().toString()).put("windowEnd", shift.end().toString());
        request.putArray("powersNeeded").add("PATROL");
        JsonNode result = PactApi.ok(api.post(layout.url(App.TASKING) + "/api/tasks/from-hotspots", token,
                request.toString()));
        int created = result.path("created").size();
        int already = result.path("alreadyTasked").size();
        Console.step(created + already == 0
                ? "  hotspot tasks skipped: no significant hotspot (Gi* z >= 1.96) in the " + HOTSPOT_DAYS + " days"
                        + " before the shift"
                : "  hotspot tasks: " + created + " created, " + already + " hotspots already tasked");
    }

    /** The open tasks on the ground in the shift, which its plan visits. */
    private List<JsonNode> tasksOf(Shift shift, String token) {
        List<JsonNode> tasks = new ArrayList<>();
        PactApi.ok(api.get(layout.url(App.TASKING) + "/api/tasks?size=200&from=" + shift.start() + "&to="
                + shift.end(), token)).path("items").forEach(task -> {
                    String status = task.path("status").asText();
                    if (!status.equals("COMPLETED") && !status.equals("CANCELLED")
                            && !task.path("objective").asText().equals("CCTV_REVIEW")) {
                        tasks.add(task);
                    }
                });
        return tasks;
    }
}
