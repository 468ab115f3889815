package pact.reports;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pact.testsupport.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pact.reports.trigger.WorkingDays;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class CommunityTriggerTest {

    static String report(String category, double lat, double lon, OffsetDateTime occurred, String reporterEmail,
            String victimEmail) {
        String victim = victimEmail == null ? "null" : "{\"name\":\"V\",\"email\":\"" + victimEmail + "\"}";
        return """
                {"qualifier":"PERSONAL","category":"%s","description":"d","location":{"lat":%s,"lon":%s},
                 "occurredAt":"%s","source":"PUBLIC","reporter":{"email":"%s"},"victim":%s}
                """.formatted(category, lat, lon, occurred, reporterEmail, victim);
    }

    static String create(String body) {
        return as("olivia", "council-officer").body(body).when().post("/api/reports").then().statusCode(201)
                .extract().path("id");
    }

    static OffsetDateTime daysAgo(int days) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusDays(days);
    }

    @Test
    void three_qualifying_complaints_by_one_victim_open_a_case_review_with_working_day_due_dates() {
        String victim = UUID.randomUUID() + "@example.org";
        String a = create(report("AGGRESSIVE_BEHAVIOUR", 51.5150, -0.1450, daysAgo(20), victim, victim));
        String b = create(report("AGGRESSIVE_BEHAVIOUR", 51.5150, -0.1450, daysAgo(3), victim, victim));
        as("olivia", "council-officer").when().get("/api/case-reviews?reportId=" + b).then().body("$", hasSize(0));
        String c = create(report("NOISE", 51.5151, -0.1451, daysAgo(1), "someone@example.org", victim));

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        WorkingDays days = WorkingDays.englandAndWales();
        as("olivia", "council-officer").when().get("/api/case-reviews?reportId=" + c)
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].kind", equalTo("VICTIM"))
                .body("[0].status", equalTo("OPEN"))
                .body("[0].reportIds", hasItems(a, b, c))
                .body("[0].acknowledgeBy", equalTo(days.plus(today, 2).toString()))
                .body("[0].panelBy", equalTo(days.plus(today, 12).toString()))
                .body("[0].outcomeBy", equalTo(days.plus(today, 15).toString()))
                .body("[0].appealWithinWorkingDaysOfOutcome", equalTo(10));

        // a fourth complaint joins the open review, which counts the change
        String review = as("olivia", "council-officer").when().get("/api/case-reviews?reportId=" + c)
                .then().extract().path("[0].id");
        String d = create(report("NOISE", 51.5152, -0.1452, daysAgo(1), "another@example.org", victim));
        as("olivia", "council-officer").when().get("/api/case-reviews?reportId=" + d)
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].id", equalTo(review))
                .body("[0].reportIds", hasItems(a, b, c, d));
    }

    @Test
    void a_complaint_made_more_than_a_month_after_the_behaviour_does_not_count() {
        String victim = UUID.randomUUID() + "@example.org";
        create(report("NOISE", 51.5000, -0.1400, daysAgo(2), victim, victim));
        create(report("NOISE", 51.5000, -0.1400, daysAgo(1), victim, victim));
        String late = create(report("NOISE", 51.5000, -0.1400, daysAgo(45), victim, victim));
        as("olivia", "council-officer").when().get("/api/case-reviews?reportId=" + late).then().body("$", hasSize(0));
    }

    @Test
    void five_people_reporting_the_same_place_open_a_location_review() {
        double lat = 51.5230 + Math.random() * 0.001;
        double lon = -0.1570;
        String last = null;
        for (int i = 0; i < 5; i++) {
            last = create(report("DRUG_DEALING_OR_USE", lat + i * 0.00005, lon, daysAgo(2),
                    UUID.randomUUID() + "@example.org", null));
        }
        as("tom", "tasking-coordinator").when().get("/api/case-reviews?reportId=" + last)
                .then().statusCode(200).body("[0].kind", equalTo("LOCATION")).body("[0].reportIds", hasSize(5));
    }

    @Test
    void a_sixth_report_at_the_place_joins_the_open_location_review_instead_of_opening_another() {
        double lat = 51.5205 + Math.random() * 0.001;
        double lon = -0.1655;
        String first = null;
        for (int i = 0; i < 5; i++) {
            String id = create(report("STREET_DRINKING", lat + i * 0.00005, lon, daysAgo(2),
                    UUID.randomUUID() + "@example.org", null));
            first = first == null ? id : first;
        }
        String review = as("tom", "tasking-coordinator").when().get("/api/case-reviews?reportId=" + first)
                .then().body("$", hasSize(1)).extract().path("[0].id");
        String sixth = create(report("STREET_DRINKING", lat, lon, daysAgo(1), UUID.randomUUID() + "@example.org", null));
        as("tom", "tasking-coordinator").when().get("/api/case-reviews?reportId=" + sixth)
                .then().statusCode(200).body("$", hasSize(1)).body("[0].id", equalTo(review))
                .body("[0].reportIds", hasSize(6)).body("[0].reportIds", hasItems(first, sixth));
    }

    @Test
    void reports_that_meet_the_threshold_at_once_all_join_one_review() throws Exception {
        double lat = 51.5180 + Math.random() * 0.001;
        double lon = -0.1505;
        String first = null;
        for (int i = 0; i < 4; i++) {
            String id = create(report("BEGGING", lat, lon, daysAgo(2), UUID.randomUUID() + "@example.org", null));
            first = first == null ? id : first;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            java.util.List<java.util.concurrent.Future<String>> sent = new java.util.ArrayList<>();
            // a few metres apart, so that some pairs may fall in different squares of the intake's locks
            for (int i = 0; i < 6; i++) {
                double north = (i - 3) * 0.00004;
                double east = (i % 2) * 0.00006;
                sent.add(pool.submit(() -> create(report("BEGGING", lat + north, lon + east, daysAgo(1),
                        UUID.randomUUID() + "@example.org", null))));
            }
            for (java.util.concurrent.Future<String> each : sent) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }
        as("tom", "tasking-coordinator").when().get("/api/case-reviews?reportId=" + first)
                .then().statusCode(200).body("$", hasSize(1)).body("[0].reportIds", hasSize(10));
    }

    @Test
    void one_hate_incident_opens_a_review_and_the_risk_is_explained() {
        String victim = UUID.randomUUID() + "@example.org";
        create(report("NOISE", 51.4960, -0.1350, daysAgo(5), victim, victim));
        String hate = create(report("HATE_RELATED", 51.4960, -0.1350, daysAgo(1), victim, victim));
        as("olivia", "council-officer").when().get("/api/case-reviews?reportId=" + hate)
                .then().body("kind", hasItem("HATE_INCIDENT"));
        as("ann", "analyst").when().get("/api/reports/" + hate + "/risk")
                .then().statusCode(200)
                .body("breakdown.factor", hasItems("repeat-victim", "repeat-location", "personal", "hate"))
                .body("score", equalTo(2 + 1 + 2 + 3))
                .body("level", equalTo("MEDIUM"));
        as("pat", "partner").when().get("/api/case-reviews").then().statusCode(403);
    }

    @Test
    void working_days_skip_weekends_and_bank_holidays() {
        WorkingDays days = WorkingDays.englandAndWales();
        // Easter 2026: Good Friday 3 April, Easter Monday 6 April
        assertEquals(LocalDate.of(2026, 4, 8), days.plus(LocalDate.of(2026, 4, 2), 2));
        // Christmas 2026: Boxing Day falls on a Saturday, so Monday 28 December is the substitute
        assertEquals(LocalDate.of(2026, 12, 29), days.plus(LocalDate.of(2026, 12, 24), 1));
        assertEquals(LocalDate.of(2026, 12, 1), days.plus(LocalDate.of(2026, 11, 27), 2));
    }
}
