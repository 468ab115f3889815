package pact.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static pact.testsupport.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pact.reports.domain.Report;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

/**
 * The anonymous Open311 feed shows a report only when it came in through Open311 or staff
 * published it, and never one about a targeted or vulnerable person or a hate incident; the
 * source a sender claims decides nothing.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class Open311PublicFeedTest {

    static String staffReport(String qualifier, String category, String extra) {
        return as("olivia", "council-officer").body("""
                {"qualifier":"%s","category":"%s","description":"Staff note: drinking at the bus stop",
                 "location":{"lat":51.5118,"lon":-0.1335},"address":"12 Staff Street",
                 "occurredAt":"2026-06-01T21:30:00Z","source":"PUBLIC"%s}""".formatted(qualifier, category, extra))
                .when().post("/api/reports").then().statusCode(201).extract().path("id");
    }

    static String open311Report(boolean targeted) {
        var form = Open311Test.form("feed-key");
        if (targeted) {
            form = form.formParam("attribute[targeted]", "yes");
        }
        return form.when().post("/open311/v2/requests.json").then().statusCode(201)
                .extract().path("[0].service_request_id");
    }

    static void inFeed(String id) {
        given().when().get("/open311/v2/requests/" + id + ".json").then().statusCode(200)
                .body("[0].service_request_id", equalTo(id));
        given().when().get("/open311/v2/requests.json").then().statusCode(200)
                .body("service_request_id", hasItem(id));
    }

    static void notInFeed(String id) {
        given().when().get("/open311/v2/requests/" + id + ".json").then().statusCode(404);
        given().when().get("/open311/v2/requests.json?service_request_id=" + id).then().statusCode(200)
                .body("$", hasSize(0));
        given().when().get("/open311/v2/requests.json").then().statusCode(200)
                .body("service_request_id", not(hasItem(id)));
        given().when().get("/open311/v2/requests.xml").then().statusCode(200)
                .body(not(containsString(id)));
    }

    @Test
    void a_staff_report_marked_as_from_the_public_is_not_in_the_anonymous_feed() {
        String id = staffReport("NUISANCE", "STREET_DRINKING", "");
        notInFeed(id);
        as("olivia", "council-officer").when().get("/api/reports/" + id + "/publication").then().statusCode(200)
                .body("intakeChannel", equalTo("STAFF")).body("inPublicFeed", equalTo(false))
                .body("published", nullValue());
    }

    @Test
    void a_report_made_through_open311_is_in_the_anonymous_feed() {
        inFeed(open311Report(false));
    }

    @Test
    void a_targeted_open311_report_is_not_in_the_anonymous_feed() {
        String id = open311Report(true);
        notInFeed(id);
        as("olivia", "council-officer").when().get("/api/reports/" + id + "/publication").then().statusCode(200)
                .body("intakeChannel", equalTo("OPEN311"))
                .body("neverPublicBecause", containsString("targeted"));
    }

    @Test
    void a_hate_related_open311_report_is_not_in_the_anonymous_feed() {
        String id = Open311Test.form("feed-key", "asb-hate-related").when()
                .post("/open311/v2/requests.json").then().statusCode(201).extract().path("[0].service_request_id");
        notInFeed(id);
    }

    @Test
    void a_staff_report_published_by_staff_is_in_the_feed_until_withdrawn_and_each_decision_is_recorded() {
        String id = staffReport("NUISANCE", "STREET_DRINKING", "");
        as("tom", "tasking-coordinator").body("{\"published\":true,\"reason\":\"residents asked to see progress\"}")
                .when().post("/api/reports/" + id + "/publication").then().statusCode(200)
                .body("inPublicFeed", equalTo(true)).body("published", equalTo(true));
        inFeed(id);

        as("olivia", "council-officer").body("{\"published\":false,\"reason\":\"address identifies a resident\"}")
                .when().post("/api/reports/" + id + "/publication").then().statusCode(200)
                .body("inPublicFeed", equalTo(false));
        notInFeed(id);
        as("ann", "analyst").when().get("/api/reports/" + id + "/publication").then().statusCode(200)
                .body("decisions", hasSize(2))
                .body("decisions[0].changedBy", equalTo("tom"))
                .body("decisions[0].reason", equalTo("residents asked to see progress"))
                .body("decisions[1].published", equalTo(false));
    }

    @Test
    void staff_can_withdraw_an_open311_report_from_the_feed() {
        String id = open311Report(false);
        as("olivia", "council-officer").body("{\"published\":false,\"reason\":\"abusive wording\"}")
                .when().post("/api/reports/" + id + "/publication").then().statusCode(200);
        notInFeed(id);
    }

    @Test
    void a_report_about_a_targeted_or_vulnerable_person_cannot_be_published() {
        String personal = staffReport("PERSONAL", "AGGRESSIVE_BEHAVIOUR", "");
        String vulnerable = staffReport("NUISANCE", "NOISE", ",\"vulnerabilityFlags\":[\"OLDER_PERSON\"]");
        String hate = staffReport("NUISANCE", "HATE_RELATED", "");
        for (String id : new String[] {personal, vulnerable, hate}) {
            as("olivia", "council-officer").body("{\"published\":true,\"reason\":\"publish\"}")
                    .when().post("/api/reports/" + id + "/publication").then().statusCode(422)
                    .contentType(containsString("problem+json")).body("rule", equalTo("public-feed"));
        }
    }

    @Test
    void a_flagged_report_published_before_it_was_flagged_stays_out_of_the_feed() {
        String id = staffReport("NUISANCE", "NOISE", ",\"vulnerabilityFlags\":[\"LIVES_ALONE\"]");
        // as if staff had published it before the flag was recorded
        QuarkusTransaction.requiringNew().run(() -> Report.<Report>findById(UUID.fromString(id)).published = true);
        notInFeed(id);
    }

    @Test
    void only_council_officers_and_tasking_coordinators_publish_and_a_reason_is_required() {
        String id = staffReport("NUISANCE", "STREET_DRINKING", "");
        as("ann", "analyst").body("{\"published\":true,\"reason\":\"x\"}")
                .when().post("/api/reports/" + id + "/publication").then().statusCode(403);
        as("p", "police-officer").body("{\"published\":true,\"reason\":\"x\"}")
                .when().post("/api/reports/" + id + "/publication").then().statusCode(403);
        given().contentType("application/json").body("{\"published\":true,\"reason\":\"x\"}")
                .when().post("/api/reports/" + id + "/publication").then().statusCode(401);
        as("olivia", "council-officer").body("{\"published\":true}")
                .when().post("/api/reports/" + id + "/publication").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        notInFeed(id);
    }
}
