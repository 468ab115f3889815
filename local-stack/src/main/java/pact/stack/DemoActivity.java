package pact.stack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * What makes the demo alive on first open: the last eight weeks of reports, today's shift with
 * its hotspot tasks, patrol plan and check-ins, and the past week's notices, all made through the
 * platform's APIs as its users would make them, and all relative to now, so each new day of
 * running the stack brings that day's activity.
 *
 * <p>None of it is needed for the platform to work, so a part that fails is reported and
 * skipped, never a reason not to start.
 */
final class DemoActivity {
    /** Westminster's time: shifts start at 07:00 and 19:00 there, and days begin at its midnight. */
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final StackLayout layout;
    private final PactApi api;
    private final Clock clock;

    DemoActivity(StackLayout layout, PactApi api, Clock clock) {
        this.layout = layout;
        this.api = api;
        this.clock = clock;
    }

    void load() {
        Instant started = clock.instant();
        attempt("the demo's recent activity", this::loadAll);
        Console.step("demo activity done in " + Duration.between(started, clock.instant()).toSeconds() + " s");
    }

    private void loadAll() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(LONDON));
        PoliceUkPattern pattern = PoliceUkPattern.load(layout.root());
        AsbMix mix = AsbMix.load();
        // reports first: the shift's tasks are on the hotspots that reports-service finds in them
        attempt("recent reports", () -> new RecentReports(layout, api, pattern, mix, now).load());
        attempt("today's shift", () -> new TodaysShift(layout, api, now).load());
        attempt("recent notices", () -> new RecentNotices(layout, api, pattern, mix, now).load());
    }

    /** Runs an optional part; its failure is said and skipped, so the stack starts all the same. */
    static void attempt(String part, Runnable load) {
        try {
            load.run();
        } catch (RuntimeException e) {
            String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            Console.step(part + " skipped: " + why);
        }
    }
}
