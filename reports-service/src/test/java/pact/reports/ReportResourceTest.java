package pact.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pact.reports.domain.Report;
import pact.testsupport.EmbeddedPostgresResource;
import static pact.testsupport.Api.as;
import pact.testsupport.TestIssuer;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class ReportResourceTest {

    static final String VALID = """
            {"qualifier":"NUISANCE","category":"STREET_DRINKING",
             "description":"Group drinking by the fountain",
             "location":{"lat":51.5101,"lon":-0.1340},
             "occurredAt":"2026-06-01T21:30:00Z","source":"CITY_INSPECTOR"}
            """;

    @Test
    void a_council_officer_reports_and_reads_back() {
        String id = as("olivia", "council-officer").body(VALID)
                .when().post("/api/reports")
                .then().statusCode(201)
                .header("Location", containsString("/api/reports/"))
                .body("category", equalTo("STREET_DRINKING"))
                .body("status", equalTo("NEW"))
                .body("createdBy", equalTo("olivia"))
                .extract().path("id");

        as("olivia", "council-officer").when().get("/api/reports/" + id)
                .then().statusCode(200).body("location.lat", equalTo(51.5101f));

        as("ann", "analyst").when().get("/api/reports?size=500&sort=occurredAt,desc&category=STREET_DRINKING"
                        + "&from=2026-06-01T00:00:00Z&to=2026-06-02T00:00:00Z")
                .then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("size", equalTo(500))
                .body("totalItems", greaterThanOrEqualTo(1));
    }

    @Test
    void no_token_is_401() {
        given().contentType(ContentType.JSON).body(VALID).when().post("/api/reports")
                .then().statusCode(401);
        given().when().get("/api/reports").then().statusCode(401);
    }

    @Test
    void a_token_for_another_audience_is_401() {
        given().auth().oauth2(TestIssuer.tokenForOtherAudience("olivia", "council-officer"))
                .when().get("/api/reports").then().statusCode(401);
    }

    @Test
    void the_wrong_role_is_403() {
        as("ann", "analyst").body(VALID).when().post("/api/reports").then().statusCode(403);
        as("m", "met-system").when().get("/api/reports").then().statusCode(403);
    }

    @Test
    void a_partner_sees_only_its_own_reports() {
        String mine = as("housing-assoc", "partner").body(VALID.replace("CITY_INSPECTOR", "PARTNER"))
                .when().post("/api/reports").then().statusCode(201).extract().path("id");
        String theirs = as("olivia", "council-officer").body(VALID)
                .when().post("/api/reports").then().statusCode(201).extract().path("id");

        as("housing-assoc", "partner").when().get("/api/reports?size=500")
                .then().statusCode(200)
                .body("items.createdBy", everyItem(equalTo("housing-assoc")));
        as("housing-assoc", "partner").when().get("/api/reports/" + mine).then().statusCode(200);
        as("housing-assoc", "partner").when().get("/api/reports/" + theirs).then().statusCode(404);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing category | \"category\":\"STREET_DRINKING\", | | category",
            "latitude out of range | 51.5101 | 151.5101 | location.lat",
            "longitude out of range | -0.1340 | -200.5 | location.lon",
            "unknown enum value | STREET_DRINKING | STREET_DANCING | category",
            "wrong type | 51.5101 | \"north\" | location.lat",
            "malformed date | 2026-06-01T21:30:00Z | yesterday | occurredAt",
            "date in the future | 2026-06-01T21:30:00Z | 2999-01-01T00:00:00Z | occurredAt",
            "blank description | Group drinking by the fountain | '   ' | description",
            "unknown field | \"source\" | \"colour\":\"red\",\"source\" | colour",
            "missing location | \"location\":{\"lat\":51.5101,\"lon\":-0.1340}, | | location",
    })
    void bad_input_is_a_400_problem_naming_the_field(String name, String find, String replace, String field) {
        long before = count();
        String body = VALID.replace(find, replace == null ? "" : replace);
        as("olivia", "council-officer").body(body)
                .when().post("/api/reports")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
        assertEquals(before, count(), "nothing may be stored from a refused request");
    }

    @Test
    void malformed_json_is_a_400_problem() {
        as("olivia", "council-officer").body("{\"qualifier\": ").when().post("/api/reports")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("(body)"));
    }

    @Test
    void an_empty_body_is_a_400_problem() {
        as("olivia", "council-officer").when().post("/api/reports")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    void an_oversized_body_is_a_413_problem() {
        String huge = VALID.replace("Group drinking by the fountain", "x".repeat(70_000));
        as("olivia", "council-officer").body(huge).when().post("/api/reports")
                .then().statusCode(413).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("(body)"));
    }

    @Test
    void a_description_over_4000_characters_is_refused_by_field() {
        String longer = VALID.replace("Group drinking by the fountain", "x".repeat(4001));
        as("olivia", "council-officer").body(longer).when().post("/api/reports")
                .then().statusCode(400).body("errors.field", hasItem("description"));
    }

    @Test
    void bad_paging_and_filters_are_400_naming_the_parameter() {
        as("ann", "analyst").when().get("/api/reports?page=abc").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        as("ann", "analyst").when().get("/api/reports?size=100000").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        as("ann", "analyst").when().get("/api/reports?sort=description").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        as("ann", "analyst").when().get("/api/reports?category=PARTYING").then().statusCode(400)
                .body("errors[0].field", equalTo("category"));
        as("ann", "analyst").when().get("/api/reports/not-a-uuid").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void a_resent_source_reference_is_a_409_and_stores_nothing() {
        String withRef = VALID.replace("\"source\"", "\"sourceReference\":\"feed-42\",\"source\"");
        as("olivia", "council-officer").body(withRef).when().post("/api/reports").then().statusCode(201);
        long before = count();
        as("olivia", "council-officer").body(withRef).when().post("/api/reports")
                .then().statusCode(409).contentType(startsWith("application/problem+json"));
        assertEquals(before, count());
    }

    static long count() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> Report.count());
    }
}
