package pact.stack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import pact.stack.StackLayout.App;

/**
 * The notices of the past week, as the two officers with demo logins gave them: about one
 * Community Protection Warning a day, where the 2018 pattern puts ASB, and one fixed penalty a
 * week for refusing to surrender alcohol in the city-wide Controlled Drinking Zone (a PSPO).
 * Each is lawful as enforcement-service judges it: subjects are adults, every warning sets a
 * time to comply and a requirement, and the penalty names the order and the behaviour it prohibits.
 *
 * <p>Each day's notices are drawn from a seed of its date and sent with an Idempotency-Key
 * naming the day, so a restart gets the first answer back instead of a second notice.
 */
final class RecentNotices {
    static final int DAYS = 7;
    static final String KEY_PREFIX = "pact-demo-notice:";
    static final String DRINKING_ZONE = "city-wide-controlled-drinking-zone";
    static final String FAILS_TO_SURRENDER_ALCOHOL = "ALCOHOL_FAIL_TO_SURRENDER";
    /** Days allowed to comply with a warning. */
    static final int TIME_TO_COMPLY_DAYS = 14;
    static final List<String> SUBJECTS = List.of("Jordan Blake", "Casey Morgan", "Riley Hart", "Sam Fenwick",
            "Alex Carver", "Morgan Pryce", "Jamie Lowther", "Charlie Ashdown", "Taylor Quarrie", "Robin Ellery");

    /** An officer with a demo login, who gives notices in their own name. */
    record Issuer(String login, String staffNumber, String organisation) {
    }

    static final Issuer INSPECTOR = new Issuer("ian", "CI-2001", "WESTMINSTER_COUNCIL");
    static final Issuer CONSTABLE = new Issuer("paula", "PC-1041", "MET_POLICE");

    record DemoNotice(String key, Issuer issuer, ObjectNode body) {
    }

    private final StackLayout layout;
    private final PactApi api;
    private final PoliceUkPattern pattern;
    private final AsbMix mix;
    private final ZonedDateTime now;
    private final Map<String, String> tokens = new HashMap<>();

    RecentNotices(StackLayout layout, PactApi api, PoliceUkPattern pattern, AsbMix mix, ZonedDateTime now) {
        this.layout = layout;
        this.api = api;
        this.pattern = pattern;
        this.mix = mix;
        this.now = now;
    }

    void load() {
        int issued = 0;
        int already = 0;
        List<String> refused = new ArrayList<>();
        LocalDate today = now.toLocalDate();
        for (LocalDate day = today.minusDays(DAYS); day.isBefore(today); day = day.plusDays(1)) {
            for (DemoNotice notice : noticesOf(day)) {
                HttpResponse<String> answer = issue(notice);
                if (answer.statusCode() == 201) {
                    boolean replayed = answer.headers().firstValue("Idempotent-Replayed").orElse("").equals("true");
                    issued += replayed ? 0 : 1;
                    already += replayed ? 1 : 0;
                } else {
                    refused.add(notice.key() + ": HTTP " + answer.statusCode() + " " + answer.body());
                }
            }
        }
        Console.step("demo notices of the past " + DAYS + " days: " + issued + " issued, " + already
                + " already there" + (refused.isEmpty() ? "" : ", " + refused.size() + " refused"));
        refused.forEach(r -> Console.step("  refused " + r));
    }

    /** About one warning a day; the penalty on one day in seven, so any week holds exactly one. */
    List<DemoNotice> noticesOf(LocalDate day) {
        SplittableRandom random = DemoRandom.of(day, "notices");
        List<DemoNotice> notices = new ArrayList<>();
        int warnings = random.nextInt(3);
        for (int i = 1; i <= warnings; i++) {
            notices.add(warning(day, i, random));
        }
        if (Math.floorMod(day.toEpochDay(), 7) == 0) {
            notices.add(penalty(day, random));
        }
        return notices;
    }

    private DemoNotice warning(LocalDate day, int number, SplittableRandom random) {
        Issuer issuer = random.nextBoolean() ? INSPECTOR : CONSTABLE;
        AsbMix.Kind kind = mix.drawWarnable(random);
        LocalDate complyBy = day.plusDays(TIME_TO_COMPLY_DAYS);
        ObjectNode body = notice("COMMUNITY_PROTECTION_WARNING", day, issuer, random)
                .put("conduct", RecentReports.DESCRIPTION_PREFIX + kind.warningConduct())
                .put("conductCode", kind.category()).put("complyBy", complyBy.toString());
        body.putArray("requirements").addObject().put("text", kind.warningRequirement())
                .put("deadline", complyBy.toString()).put("kind", "STOP");
        return new DemoNotice(KEY_PREFIX + day + ":warning-" + number, issuer, body);
    }

    private DemoNotice penalty(LocalDate day, SplittableRandom random) {
        ObjectNode body = notice("FIXED_PENALTY_PSPO_BREACH", day, CONSTABLE, random)
                .put("conduct", RecentReports.DESCRIPTION_PREFIX + "Refused to hand over an open can of lager when "
                        + "asked to in the Controlled Drinking Zone")
                .put("conductCode", "STREET_DRINKING").put("pspoOrderId", DRINKING_ZONE)
                .put("behaviourCode", FAILS_TO_SURRENDER_ALCOHOL);
        return new DemoNotice(KEY_PREFIX + day + ":pspo-penalty", CONSTABLE, body);
    }

    /** What every notice has: an adult subject, the issuing officer, a place of the pattern and a time that day. */
    private ObjectNode notice(String type, LocalDate day, Issuer issuer, SplittableRandom random) {
        PoliceUkPattern.Place place = pattern.draw(random);
        ZonedDateTime issuedAt = day.atTime(12 + random.nextInt(11), random.nextInt(60)).atZone(now.getZone());
        ObjectNode body = PactApi.JSON.createObjectNode().put("type", type);
        body.putObject("subject").put("kind", "PERSON")
                .put("name", RecentReports.DESCRIPTION_PREFIX + SUBJECTS.get(random.nextInt(SUBJECTS.size())))
                .put("dateOfBirth", day.minusYears(18 + random.nextInt(40)).minusDays(random.nextInt(365)).toString());
        body.putObject("issuingOfficer").put("staffNumber", issuer.staffNumber())
                .put("organisation", issuer.organisation());
        body.putObject("location").put("lat", place.lat()).put("lon", place.lon());
        return body.put("locationDescription", place.address())
                .put("issuedAt", issuedAt.toOffsetDateTime().toString());
    }

    private HttpResponse<String> issue(DemoNotice notice) {
        String token = tokens.computeIfAbsent(notice.issuer().login(),
                login -> api.passwordToken(login, login + "-pact"));
        return api.post(layout.url(App.ENFORCEMENT) + "/api/v1/notices", token, notice.body().toString(),
                Map.of("Idempotency-Key", notice.key()));
    }
}
