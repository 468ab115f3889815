package pact.enforcement.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static pact.enforcement.rest.V1.admin;
import static pact.enforcement.rest.V1.inspector;
import static pact.enforcement.rest.V1.issue;
import static pact.enforcement.rest.V1.issued;
import static pact.enforcement.rest.V1.notice;
import static pact.enforcement.rest.V1.status;
import static pact.enforcement.rest.V1.unique;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

/** The statutory path through the API: warning, notice, breach, penalty, payment or prosecution. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class NoticeLifecycleApiTest {

    @Test
    void a_CPN_needs_a_warning_whose_time_has_passed_and_then_escalates_it() {
        String subject = unique("Sam Drinker");
        String warning = issued(inspector(), notice("COMMUNITY_PROTECTION_WARNING", subject, "2026-05-01T18:00:00Z",
                ",\"complyBy\":\"2026-05-10\""));
        issue(inspector(), notice("COMMUNITY_PROTECTION_NOTICE", subject, "2026-05-08T18:00:00Z", ""))
                .statusCode(422).contentType(startsWith("application/problem+json"))
                .body("rule", equalTo("warning-before-notice"));
        issue(inspector(), notice("COMMUNITY_PROTECTION_NOTICE", unique("Someone Else"), "2026-05-20T18:00:00Z", ""))
                .statusCode(422).body("rule", equalTo("warning-before-notice"));
        issue(inspector(), notice("COMMUNITY_PROTECTION_NOTICE", subject, "2026-05-20T18:00:00Z",
                ",\"requirements\":[{\"text\":\"Stop drinking in Soho Square\",\"deadline\":\"2026-05-21\"}]"))
                .statusCode(201).body("appealBy", equalTo("2026-06-09"))
                .body("requirements[0].text", equalTo("Stop drinking in Soho Square"))
                .body("nextStatuses", hasItem("APPEALED"));
        admin().when().get("/api/v1/notices/" + warning).then().body("status", equalTo("ESCALATED"));
    }

    @Test
    void appeals_are_accepted_within_21_days_only_and_outcomes_are_for_the_legal_team() {
        String subject = unique("Ava Appellant");
        issued(inspector(), notice("COMMUNITY_PROTECTION_WARNING", subject, "2026-04-01T18:00:00Z",
                ",\"complyBy\":\"2026-04-10\""));
        String cpn = issued(inspector(), notice("COMMUNITY_PROTECTION_NOTICE", subject, "2026-04-20T18:00:00Z", ""));
        status(cpn, "APPEALED", "2026-05-11").statusCode(422).body("rule", equalTo("appeal-window"));
        status(cpn, "APPEALED", "2026-05-10").statusCode(200).body("status", equalTo("APPEALED"))
                .body("appealLodgedOn", equalTo("2026-05-10"));
        String etag = V1.etag(cpn);
        inspector().header("If-Match", etag).body("{\"status\":\"QUASHED\",\"on\":\"2026-06-01\"}")
                .when().post("/api/v1/notices/" + cpn + "/status").then().statusCode(403);
        status(cpn, "QUASHED", "2026-06-01").statusCode(200).body("nextStatuses.size()", equalTo(0));
        status(cpn, "BREACHED", "2026-06-02").statusCode(422).body("rule", equalTo("notice-lifecycle"));
    }

    @Test
    void a_breached_CPN_leads_to_a_penalty_paid_at_the_discount_only_within_its_period() {
        String subject = unique("Pat Payer");
        issued(inspector(), notice("COMMUNITY_PROTECTION_WARNING", subject, "2026-03-01T18:00:00Z",
                ",\"complyBy\":\"2026-03-10\""));
        String cpn = issued(inspector(), notice("COMMUNITY_PROTECTION_NOTICE", subject, "2026-03-20T18:00:00Z", ""));
        String penalty = notice("FIXED_PENALTY_CPN_BREACH", subject, "2026-04-02T18:00:00Z",
                ",\"relatedNoticeId\":\"" + cpn + "\"");
        issue(inspector(), penalty).statusCode(422).body("rule", equalTo("penalty-needs-breached-cpn"));
        status(cpn, "BREACHED", "2026-04-01").statusCode(200);
        issue(inspector(), penalty.replace("\"relatedNoticeId\"", "\"amount\":150,\"relatedNoticeId\""))
                .statusCode(422).body("rule", equalTo("penalty-maximum"));
        String fpn = issue(inspector(), penalty).statusCode(201)
                .body("penalty.amount", equalTo(100.0f)).body("penalty.discountAmount", equalTo(75.0f))
                .body("penalty.discountUntil", equalTo("2026-04-12")).body("penalty.dueDate", equalTo("2026-04-16"))
                .extract().path("id");
        admin().when().get("/api/v1/notices/" + cpn).then().body("status", equalTo("ESCALATED"));
        issue(inspector(), penalty).statusCode(422).body("rule", equalTo("penalty-needs-breached-cpn"));

        String late = "{\"amount\":75,\"paidOn\":\"2026-04-13\",\"channel\":\"ONLINE\",\"reference\":\"PAY-" + fpn + "\"}";
        admin().header("Idempotency-Key", UUID.randomUUID().toString()).body(late)
                .when().post("/api/v1/notices/" + fpn + "/payments")
                .then().statusCode(422).body("rule", equalTo("discount-period"));
        String key = UUID.randomUUID().toString();
        String full = late.replace("\"amount\":75", "\"amount\":100");
        String paymentId = admin().header("Idempotency-Key", key).body(full)
                .when().post("/api/v1/notices/" + fpn + "/payments")
                .then().statusCode(201).body("amount", equalTo(100.0f)).extract().path("id");
        admin().header("Idempotency-Key", key).body(full).when().post("/api/v1/notices/" + fpn + "/payments")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(paymentId));
        admin().when().get("/api/v1/notices/" + fpn).then().body("status", equalTo("PAID"));
        admin().when().get("/api/v1/notices/" + fpn + "/payments").then().body("size()", equalTo(1));
    }

    @Test
    void an_unpaid_penalty_goes_to_a_prosecution_file_only_after_the_14_days() {
        String fpn = issued(inspector(), notice("FIXED_PENALTY_PSPO_BREACH", unique("Una Paid"), "2026-02-01T13:00:00Z",
                ",\"behaviourCode\":\"ALCOHOL_FAIL_TO_SURRENDER\""));
        status(fpn, "UNPAID", "2026-02-15").statusCode(422).body("rule", equalTo("payment-due"));
        status(fpn, "ESCALATED", "2026-02-20").statusCode(422).body("rule", equalTo("notice-lifecycle"));
        status(fpn, "UNPAID", "2026-02-16").statusCode(200);
        status(fpn, "ESCALATED", "2026-02-15").statusCode(422).body("rule", equalTo("no-prosecution-window"));
        status(fpn, "ESCALATED", "2026-02-16").statusCode(200).body("status", equalTo("ESCALATED"));
    }

    @Test
    void the_500_pound_maximum_applies_to_offences_from_its_configured_commencement() {
        String before = notice("FIXED_PENALTY_PSPO_BREACH", unique("Max Amount"), "2026-10-02T13:00:00Z",
                ",\"behaviourCode\":\"ALCOHOL_FAIL_TO_SURRENDER\",\"amount\":500,\"offenceAt\":\"2026-09-30T13:00:00Z\"");
        issue(inspector(), before).statusCode(422).body("rule", equalTo("penalty-maximum"));
        issue(inspector(), before.replace("2026-09-30T13", "2026-10-01T13")).statusCode(201)
                .body("penalty.amount", equalTo(500.0f));
    }

    @Test
    void a_City_Inspector_never_gives_a_dispersal_direction_but_a_constable_does() {
        String body = notice("DISPERSAL_DIRECTION", unique("Dee Spersal"), "2026-06-01T22:00:00Z", "");
        issue(inspector(), body).statusCode(422).body("rule", equalTo("dispersal-police-only"));
        issue(pact.testsupport.Api.asOfficer("pc", "CI-101", "police-officer"),
                body.replace("WESTMINSTER_COUNCIL", "MET_POLICE")).statusCode(422)
                .body("rule", equalTo("direction-maximum-duration"));
        String direction = issued(pact.testsupport.Api.asOfficer("pc", "CI-101", "police-officer"),
                body.replace("WESTMINSTER_COUNCIL", "MET_POLICE").replace("\"issuedAt\"",
                        "\"endsAt\":\"2026-06-03T22:00:00Z\",\"issuedAt\""));
        status(direction, "EXPIRED", "2026-06-02").statusCode(422).body("rule", equalTo("expiry-after-end"));
        status(direction, "EXPIRED", "2026-06-03").statusCode(200);
        issue(inspector(), notice("CLOSURE_NOTICE", unique("Club"), "2026-06-01T22:00:00Z", ""))
                .statusCode(422).body("rule", equalTo("closure-authority"));
    }

    @Test
    void reminders_list_penalties_nearing_their_dates_and_the_sweep_sends_unpaid_ones_to_prosecution() {
        String fpn = issued(inspector(), notice("FIXED_PENALTY_PSPO_BREACH", unique("Rhea Minder"),
                "2026-01-05T13:00:00Z", ",\"behaviourCode\":\"DOG_FOULING\""));
        admin().when().get("/api/v1/penalties/reminders-due?on=2026-01-14&withinDays=2").then().statusCode(200)
                .body("findAll { it.notice.id == '" + fpn + "' }.kind", hasItem("DISCOUNT_ENDING"));
        admin().when().get("/api/v1/penalties/reminders-due?on=2026-01-18&withinDays=2").then()
                .body("findAll { it.notice.id == '" + fpn + "' }.kind", hasItem("PAYMENT_DUE"));
        admin().when().post("/api/v1/penalties/sweep?on=2026-01-20").then().statusCode(200)
                .body("markedUnpaid", hasItem(fpn)).body("prosecutionFilesOpened", hasItem(fpn));
        admin().when().get("/api/v1/notices/" + fpn).then().body("status", equalTo("ESCALATED"));
        admin().when().post("/api/v1/penalties/sweep?on=2026-01-20").then().statusCode(200)
                .body("markedUnpaid", org.hamcrest.Matchers.not(hasItem(fpn)));
    }

    @Test
    void a_notice_dated_before_the_law_existed_is_refused_not_a_server_error() {
        issue(inspector(), notice("COMMUNITY_PROTECTION_WARNING", unique("Old Timer"), "2010-01-01T12:00:00Z",
                ",\"complyBy\":\"2010-02-01\"")).statusCode(422).body("rule", equalTo("law-in-force"));
    }

    @Test
    void under_appeal_a_stop_requirement_stays_in_force_and_a_court_may_modify_the_requirements() {
        String subject = unique("Stan Stop");
        issued(inspector(), notice("COMMUNITY_PROTECTION_WARNING", subject, "2026-07-01T18:00:00Z",
                ",\"complyBy\":\"2026-07-10\""));
        String cpn = issued(inspector(), notice("COMMUNITY_PROTECTION_NOTICE", subject, "2026-07-20T18:00:00Z",
                ",\"requirements\":[{\"text\":\"Stop playing amplified music\",\"kind\":\"STOP\"},"
                        + "{\"text\":\"Fit a sound limiter\",\"kind\":\"DO\",\"deadline\":\"2026-08-20\"}]"));
        status(cpn, "APPEALED", "2026-07-25").statusCode(200);
        admin().header("If-Match", V1.etag(cpn))
                .body("{\"status\":\"BREACHED\",\"on\":\"2026-07-28\",\"breachedRequirements\":[1]}")
                .when().post("/api/v1/notices/" + cpn + "/status").then().statusCode(200);

        String other = unique("Dora Do");
        issued(inspector(), notice("COMMUNITY_PROTECTION_WARNING", other, "2026-07-01T18:00:00Z",
                ",\"complyBy\":\"2026-07-10\""));
        String doOnly = issued(inspector(), notice("COMMUNITY_PROTECTION_NOTICE", other, "2026-07-20T18:00:00Z",
                ",\"requirements\":[{\"text\":\"Fit a sound limiter\",\"kind\":\"DO\"}]"));
        status(doOnly, "APPEALED", "2026-07-25").statusCode(200);
        status(doOnly, "BREACHED", "2026-07-28").statusCode(422).body("rule", equalTo("appeal-suspends-requirements"));
        admin().header("If-Match", V1.etag(doOnly)).body("{\"status\":\"MODIFIED\",\"on\":\"2026-08-05\","
                + "\"requirements\":[{\"text\":\"Keep windows closed after 23:00\",\"kind\":\"DO\"}]}")
                .when().post("/api/v1/notices/" + doOnly + "/status").then().statusCode(200)
                .body("requirements.text", org.hamcrest.Matchers.contains("Keep windows closed after 23:00"));
    }
}
