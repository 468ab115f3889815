package pact.enforcement;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pact.testsupport.Api.anonymous;
import static pact.testsupport.Api.as;
import static pact.testsupport.Api.asOfficer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pact.enforcement.domain.Notice;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class NoticeResourceTest {

    static String notice(String type, String dateOfBirth, String organisation) {
        return """
                {"type":"%s",
                 "subject":{"kind":"PERSON","name":"A. Subject","dateOfBirth":"%s"},
                 "issuingOfficer":{"staffNumber":"CI-101","organisation":"%s"},
                 "conduct":"Street drinking and abuse of passers-by on Old Compton Street",
                 "conductCode":"STREET_DRINKING","complyBy":"2026-06-15",
                 "location":{"lat":51.5131,"lon":-0.1318},
                 "issuedAt":"2026-06-01T21:30:00Z"}""".formatted(type, dateOfBirth, organisation);
    }

    @Test
    void a_city_inspector_issues_a_warning_and_it_can_be_read_back() {
        String id = asOfficer("cara", "CI-101", "city-inspector")
                .body(notice("COMMUNITY_PROTECTION_WARNING", "1990-04-01", "WESTMINSTER_COUNCIL"))
                .when().post("/api/notices")
                .then().statusCode(201)
                .body("legalBasis", equalTo("ABCPA 2014 s.43(5)"))
                .body("status", equalTo("ISSUED"))
                .body("recordedBy", equalTo("cara"))
                .extract().path("id");
        admin().when().get("/api/notices/" + id).then().statusCode(200)
                .body("subject.name", equalTo("A. Subject"));
        admin().when().get("/api/notices?type=COMMUNITY_PROTECTION_WARNING")
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void a_notice_read_without_a_reason_leaves_the_subject_out_and_with_one_is_logged() {
        String id = asOfficer("cara", "CI-101", "city-inspector")
                .body(notice("COMMUNITY_PROTECTION_WARNING", "1990-04-01", "WESTMINSTER_COUNCIL"))
                .when().post("/api/notices").then().statusCode(201).extract().path("id");
        long logged = audited(id);
        as("eve", "enforcement-admin").when().get("/api/notices/" + id).then().statusCode(200)
                .body("type", equalTo("COMMUNITY_PROTECTION_WARNING")).body("subject", org.hamcrest.Matchers.nullValue());
        as("eve", "enforcement-admin").when().get("/api/notices?size=5").then().statusCode(200)
                .body("items.subject", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()));
        assertEquals(logged, audited(id), "a read without personal data is not a personal-data read");
        admin().when().get("/api/notices/" + id).then().statusCode(200).body("subject.name", equalTo("A. Subject"));
        assertEquals(logged + 1, audited(id));
    }

    static long audited(String id) {
        return QuarkusTransaction.requiringNew().call(() -> pact.enforcement.domain.AuditEvent
                .count("entityId = ?1 and action = 'CONSULT'", id));
    }

    static io.restassured.specification.RequestSpecification admin() {
        return as("eve", "enforcement-admin").header("X-Access-Reason", "legal review of a warning");
    }

    @Test
    void the_page_contract_the_gateway_reads_is_unchanged() {
        asOfficer("cara", "CI-101", "city-inspector").body(notice("COMMUNITY_PROTECTION_WARNING", "1990-04-01", "WESTMINSTER_COUNCIL"))
                .when().post("/api/notices").then().statusCode(201);
        java.util.Map<String, Object> page = admin()
                .when().get("/api/notices?page=0&size=1&type=COMMUNITY_PROTECTION_WARNING")
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertEquals(java.util.Set.of("items", "page", "size", "totalItems", "totalPages"), page.keySet());
        java.util.Map<String, Object> item = admin().when().get("/api/notices?size=1")
                .then().extract().jsonPath().getMap("items[0]");
        assertEquals(java.util.Set.of("id", "type", "legalBasis", "status", "subject", "issuingOfficer", "conduct",
                "location", "issuedAt", "recordedBy"), item.keySet());
    }

    @Test
    void a_met_system_records_a_notice_with_client_credentials() {
        as("service-account-met-systems", "met-system")
                .body(notice("COMMUNITY_PROTECTION_WARNING", "1990-04-01", "MET_POLICE"))
                .when().post("/api/notices").then().statusCode(201);
    }

    @Test
    void a_city_inspector_dispersal_direction_is_refused_naming_the_rule_and_not_stored() {
        long before = count();
        asOfficer("cara", "CI-101", "city-inspector").body(notice("DISPERSAL_DIRECTION", "1990-04-01", "WESTMINSTER_COUNCIL"))
                .when().post("/api/notices")
                .then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("rule", equalTo("dispersal-police-only"))
                .body("detail", containsString("City Inspectors cannot"));
        assertEquals(before, count());
    }

    @Test
    void a_warning_to_a_15_year_old_is_refused() {
        asOfficer("pc", "CI-101", "police-officer").body(notice("COMMUNITY_PROTECTION_WARNING", "2010-06-02", "MET_POLICE"))
                .when().post("/api/notices")
                .then().statusCode(422).body("rule", equalTo("subject-minimum-age"));
    }

    @Test
    void security_401_without_token_403_with_wrong_role() {
        anonymous().body(notice("COMMUNITY_PROTECTION_WARNING", "1990-04-01", "MET_POLICE"))
                .when().post("/api/notices").then().statusCode(401);
        as("ann", "analyst").body(notice("COMMUNITY_PROTECTION_WARNING", "1990-04-01", "MET_POLICE"))
                .when().post("/api/notices").then().statusCode(403);
        as("olivia", "council-officer").when().get("/api/notices").then().statusCode(403);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown notice type | COMMUNITY_PROTECTION_WARNING | ASBO | type",
            "date of birth missing for a person | \"dateOfBirth\":\"1990-04-01\" | \"dateOfBirth\":null | subject.dateOfBirth",
            "date of birth not a date | 1990-04-01 | 1990-13-45 | subject.dateOfBirth",
            "latitude out of range | 51.5131 | 95 | location.lat",
            "issued in the future | 2026-06-01T21:30:00Z | 2999-01-01T00:00:00Z | issuedAt",
            "subject id not an identifier | \"name\":\"A. Subject\" | \"name\":\"A. Subject\",\"id\":\"<script>\" | subject.id",
    })
    void bad_input_is_a_400_problem_naming_the_field(String name, String find, String replace, String field) {
        long before = count();
        String body = notice("COMMUNITY_PROTECTION_WARNING", "1990-04-01", "WESTMINSTER_COUNCIL")
                .replace(find, replace == null ? "" : replace);
        asOfficer("cara", "CI-101", "city-inspector").body(body).when().post("/api/notices")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(field));
        assertEquals(before, count());
    }

    static long count() {
        return QuarkusTransaction.requiringNew().call(() -> Notice.count());
    }
}
