package pact.reports;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static pact.testsupport.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pact.reports.domain.PersonalDataAccess;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class ReportCaseHandlingTest {

    static String report(String category, double lat, double lon, String occurredAt, String source) {
        return """
                {"qualifier":"PERSONAL","category":"%s","description":"Repeated abuse at the door",
                 "location":{"lat":%s,"lon":%s},"address":"1 Example Street","occurredAt":"%s","source":"%s",
                 "reporter":{"name":"Rita Reporter","email":"rita@example.org","phone":"020 7946 0000"},
                 "victim":{"name":"Victor Victim","phone":"020 7946 0001"},
                 "vulnerabilityFlags":["OLDER_PERSON","LIVES_ALONE"]}
                """.formatted(category, lat, lon, occurredAt, source);
    }

    static String create(String body) {
        return as("olivia", "council-officer").body(body).when().post("/api/reports")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void intake_derives_the_ward_and_lsoa_and_suggests_duplicates_within_50_m_and_48_h() {
        String first = create(report("AGGRESSIVE_BEHAVIOUR", 51.51360, -0.13200, "2026-05-01T20:00:00Z", "PUBLIC"));
        // about 30 m away, a day later: a possible duplicate
        as("olivia", "council-officer")
                .body(report("AGGRESSIVE_BEHAVIOUR", 51.51380, -0.13170, "2026-05-02T20:00:00Z", "PUBLIC"))
                .when().post("/api/reports")
                .then().statusCode(201)
                .body("ward.name", equalTo("West End"))
                .body("lsoa.name", startsWith("Westminster "))
                .body("possibleDuplicates", contains(first));
        // the same place three days later, or another type, is not
        as("olivia", "council-officer")
                .body(report("AGGRESSIVE_BEHAVIOUR", 51.51360, -0.13200, "2026-05-05T20:00:00Z", "PUBLIC"))
                .when().post("/api/reports").then().statusCode(201).body("possibleDuplicates", nullValue());
        as("olivia", "council-officer")
                .body(report("NOISE", 51.51360, -0.13200, "2026-05-01T20:30:00Z", "PUBLIC"))
                .when().post("/api/reports").then().statusCode(201).body("possibleDuplicates", nullValue());
    }

    @Test
    void a_report_outside_westminster_is_refused_but_a_partner_feed_keeps_it_flagged() {
        as("olivia", "council-officer").body(report("NOISE", 51.5390, -0.1426, "2026-05-01T20:00:00Z", "PUBLIC"))
                .when().post("/api/reports")
                .then().statusCode(400).body("errors[0].field", equalTo("location"));
        as("h", "partner").body(report("NOISE", 51.5390, -0.1426, "2026-05-01T20:00:00Z", "PARTNER"))
                .when().post("/api/reports")
                .then().statusCode(201).body("outOfArea", equalTo(true)).body("ward", nullValue());
    }

    @Test
    void personal_data_needs_the_role_and_a_reason_and_every_read_is_logged() {
        String id = create(report("NOISE", 51.5120, -0.1400, "2026-05-03T23:00:00Z", "PUBLIC"));
        as("ann", "analyst").header("X-Access-Reason", "curious").when().get("/api/reports/" + id)
                .then().statusCode(200).body("personalData", nullValue()).body("address", equalTo("1 Example Street"));
        as("olivia", "council-officer").when().get("/api/reports/" + id)
                .then().statusCode(200).body("personalData", nullValue());
        long before = accesses(id);
        as("olivia", "council-officer").header("X-Access-Reason", "calling the victim back")
                .when().get("/api/reports/" + id)
                .then().statusCode(200)
                .body("personalData.victim.name", equalTo("Victor Victim"))
                .body("personalData.vulnerabilityFlags", hasItem("OLDER_PERSON"));
        assertEquals(before + 1, accesses(id));
        PersonalDataAccess logged = QuarkusTransaction.requiringNew().call(() ->
                PersonalDataAccess.<PersonalDataAccess>find("reportId", UUID.fromString(id)).firstResult());
        assertEquals("olivia", logged.accessedBy);
        assertEquals("calling the victim back", logged.reason);
    }

    @Test
    void the_access_log_cannot_be_changed_or_deleted() {
        String id = create(report("NOISE", 51.5121, -0.1401, "2026-05-03T23:00:00Z", "PUBLIC"));
        as("olivia", "council-officer").header("X-Access-Reason", "case review").when().get("/api/reports/" + id)
                .then().statusCode(200);
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                PersonalDataAccess.delete("reportId", UUID.fromString(id))));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                PersonalDataAccess.update("reason = 'edited' where reportId = ?1", UUID.fromString(id))));
    }

    @Test
    void the_lifecycle_is_enforced_and_each_change_recorded_with_who_and_why() {
        String id = create(report("BEGGING", 51.5110, -0.1350, "2026-05-04T12:00:00Z", "PUBLIC"));
        as("tom", "tasking-coordinator").body("{\"status\":\"TASKED\",\"reason\":\"patrol tonight\"}")
                .when().post("/api/reports/" + id + "/status")
                .then().statusCode(422).body("rule", equalTo("report-lifecycle"));
        as("olivia", "council-officer").header("If-Match", "\"0\"")
                .body("{\"status\":\"TRIAGED\",\"reason\":\"repeat location\"}")
                .when().post("/api/reports/" + id + "/status")
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("status", equalTo("TRIAGED"));
        // a stale version is a conflict, and nothing changes
        as("tom", "tasking-coordinator").header("If-Match", "\"0\"")
                .body("{\"status\":\"TASKED\",\"reason\":\"patrol tonight\"}")
                .when().post("/api/reports/" + id + "/status").then().statusCode(409);
        as("tom", "tasking-coordinator").body("{\"status\":\"TASKED\",\"reason\":\"patrol tonight\"}")
                .when().post("/api/reports/" + id + "/status").then().statusCode(200);
        as("tom", "tasking-coordinator").body("{\"status\":\"TRIAGED\"}")
                .when().post("/api/reports/" + id + "/status").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        as("ann", "analyst").when().get("/api/reports/" + id + "/history")
                .then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].to", equalTo("TRIAGED")).body("[0].changedBy", equalTo("olivia"))
                .body("[1].to", equalTo("TASKED")).body("[1].reason", equalTo("patrol tonight"));
        as("ann", "analyst").body("{\"status\":\"RESOLVED\",\"reason\":\"x\"}")
                .when().post("/api/reports/" + id + "/status").then().statusCode(403);
    }

    @Test
    void many_reports_by_id_in_one_call_in_the_order_asked() {
        String a = create(report("NOISE", 51.5100, -0.1300, "2026-05-06T12:00:00Z", "PUBLIC"));
        String b = create(report("NOISE", 51.5000, -0.1400, "2026-05-06T13:00:00Z", "PUBLIC"));
        as("tom", "tasking-coordinator").when().get("/api/reports/bulk?ids=" + b + "," + a + "," + UUID.randomUUID())
                .then().statusCode(200).body("id", contains(b, a)).body("[0].ward", notNullValue());
        as("tom", "tasking-coordinator").when().get("/api/reports/bulk?ids=nope").then().statusCode(400)
                .body("errors[0].field", equalTo("ids"));
    }

    static long accesses(String id) {
        return QuarkusTransaction.requiringNew().call(() -> PersonalDataAccess.count("reportId", UUID.fromString(id)));
    }
}
