package pact.enforcement.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static pact.enforcement.rest.V1.admin;
import static pact.enforcement.rest.V1.inspector;
import static pact.enforcement.rest.V1.issue;
import static pact.enforcement.rest.V1.issued;
import static pact.enforcement.rest.V1.met;
import static pact.enforcement.rest.V1.notice;
import static pact.enforcement.rest.V1.unique;
import static pact.testsupport.Api.asOfficer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

/** Who acted, on whom, under what power: each defect found in acceptance, through the API. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class AccountabilityApiTest {

    @Test
    void a_city_inspector_cannot_record_a_notice_under_a_police_officers_staff_number() {
        String body = notice("COMMUNITY_PROTECTION_WARNING", unique("Nam Ing"), "2026-06-01T18:00:00Z",
                ",\"complyBy\":\"2026-06-15\"").replace("\"staffNumber\":\"CI-101\"", "\"staffNumber\":\"201\"");
        issue(inspector(), body).statusCode(403).contentType(startsWith("application/problem+json"))
                .body("rule", equalTo("issuer-is-the-caller")).body("detail", containsString("cannot name 201"));
    }

    @Test
    void an_officer_may_leave_the_issuing_officer_out_and_the_login_decides() {
        String body = notice("COMMUNITY_PROTECTION_WARNING", unique("Lo Gin"), "2026-06-01T18:00:00Z",
                ",\"complyBy\":\"2026-06-15\"")
                .replace("\"issuingOfficer\":{\"staffNumber\":\"CI-101\",\"organisation\":\"WESTMINSTER_COUNCIL\"},", "");
        issue(asOfficer("ian", "CI-2001", "city-inspector"), body).statusCode(201)
                .body("issuingOfficer.staffNumber", equalTo("CI-2001"))
                .body("issuingOfficer.organisation", equalTo("WESTMINSTER_COUNCIL"))
                .body("submittedBy", equalTo("ian"));
        issue(pact.testsupport.Api.as("olivia", "city-inspector"), body).statusCode(403)
                .body("rule", equalTo("issuer-is-the-caller")).body("detail", containsString("not linked"));
    }

    @Test
    void a_met_system_submits_for_a_named_officer_and_the_record_says_so() {
        String body = notice("COMMUNITY_PROTECTION_WARNING", unique("Sys Tem"), "2026-06-01T18:00:00Z",
                ",\"complyBy\":\"2026-06-15\"")
                .replace("\"staffNumber\":\"CI-101\",\"organisation\":\"WESTMINSTER_COUNCIL\"",
                        "\"staffNumber\":\"PC-1041\",\"organisation\":\"MET_POLICE\"");
        issue(met(), body).statusCode(201).body("issuingOfficer.staffNumber", equalTo("PC-1041"))
                .body("accountability", equalTo("submitted by service-account-met-systems for PC-1041"));
        issue(met(), body.replace("\"issuingOfficer\":{\"staffNumber\":\"PC-1041\",\"organisation\":\"MET_POLICE\"},",
                "")).statusCode(400).body("errors[0].field", equalTo("issuingOfficer"));
    }

    @Test
    void two_people_of_the_same_name_are_two_subjects() {
        String name = unique("Jo Namesake");
        String first = notice("COMMUNITY_PROTECTION_WARNING", name, "2026-05-01T18:00:00Z", ",\"complyBy\":\"2026-05-10\"")
                .replace("1990-04-01", "1990-01-01");
        String second = first.replace("1990-01-01", "1975-05-05");
        String firstWarning = issued(inspector(), first);
        String secondWarning = issued(inspector(), second);
        String firstCpn = notice("COMMUNITY_PROTECTION_NOTICE", name, "2026-05-20T18:00:00Z", "")
                .replace("1990-04-01", "1990-01-01");
        issue(inspector(), firstCpn).statusCode(201);
        admin().when().get("/api/v1/notices/" + firstWarning).then().body("status", equalTo("ESCALATED"));
        admin().when().get("/api/v1/notices/" + secondWarning).then().body("status", equalTo("ISSUED"));
        issue(inspector(), firstCpn.replace("1990-01-01", "1975-05-05")).statusCode(201);
        admin().when().get("/api/v1/notices/" + secondWarning).then().body("status", equalTo("ESCALATED"));
    }

    @Test
    void a_constables_36_hour_closure_is_refused_and_a_superintendents_is_recorded_with_its_authority() {
        String base = notice("CLOSURE_NOTICE", unique("Club Premises"), "2026-06-01T22:00:00Z",
                ",\"endsAt\":\"2026-06-03T10:00:00Z\"").replace("\"kind\":\"PERSON\"", "\"kind\":\"BODY\"")
                .replace("\"staffNumber\":\"CI-101\",\"organisation\":\"WESTMINSTER_COUNCIL\"",
                        "\"staffNumber\":\"PC-1041\",\"organisation\":\"MET_POLICE\"");
        var constable = asOfficer("paula", "PC-1041", "police-officer");
        issue(constable, base).statusCode(422).body("rule", equalTo("closure-authority"));
        issue(constable, base.replace("\"endsAt\"",
                "\"authorisation\":{\"by\":\"PC 1041\",\"authority\":\"POLICE_CONSTABLE\"},\"endsAt\""))
                .statusCode(422).body("rule", equalTo("closure-authority"));
        issue(constable, base.replace("\"endsAt\"",
                "\"authorisation\":{\"by\":\"Insp K. Lee\",\"authority\":\"POLICE_INSPECTOR\"},\"endsAt\""))
                .statusCode(422).body("rule", equalTo("closure-maximum-duration"))
                .body("detail", containsString("at most 24 hours unless"));
        issue(constable, base.replace("\"endsAt\"",
                "\"authorisation\":{\"by\":\"Supt J. Rahman\",\"authority\":\"POLICE_SUPERINTENDENT\"},\"endsAt\""))
                .statusCode(201).body("authorisation.by", equalTo("Supt J. Rahman"))
                .body("authorisation.authority", equalTo("POLICE_SUPERINTENDENT"));
    }

    @Test
    void under_appeal_a_breach_of_a_suspended_do_requirement_is_refused_and_cannot_be_penalised() {
        String subject = unique("Ap Pellant");
        issued(inspector(), notice("COMMUNITY_PROTECTION_WARNING", subject, "2026-04-01T18:00:00Z",
                ",\"complyBy\":\"2026-04-10\""));
        String cpn = issued(inspector(), notice("COMMUNITY_PROTECTION_NOTICE", subject, "2026-04-20T18:00:00Z",
                ",\"requirements\":[{\"text\":\"Stop playing amplified music\",\"kind\":\"STOP\"},"
                        + "{\"text\":\"Fit a noise limiter\",\"kind\":\"DO\",\"deadline\":\"2026-05-01\"}]"));
        V1.status(cpn, "APPEALED", "2026-05-01").statusCode(200);
        breach(cpn, "[2]").statusCode(422).body("rule", equalTo("appeal-suspends-requirements"))
                .body("detail", containsString("Requirement 2 (DO) is suspended"));
        breach(cpn, "[]").statusCode(422).body("rule", equalTo("breach-requirements"));
        breach(cpn, "[1]").statusCode(200).body("breach.requirements[0]", equalTo(1))
                .body("breach.underAppeal", equalTo(true));
        issue(inspector(), notice("FIXED_PENALTY_CPN_BREACH", subject, "2026-05-04T18:00:00Z",
                ",\"relatedNoticeId\":\"" + cpn + "\"")).statusCode(201);
    }

    static io.restassured.response.ValidatableResponse breach(String id, String requirements) {
        return admin().header("If-Match", V1.etag(id))
                .body("{\"status\":\"BREACHED\",\"on\":\"2026-05-03\",\"breachedRequirements\":" + requirements + "}")
                .when().post("/api/v1/notices/" + id + "/status").then();
    }
}
