package pact.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pact.testsupport.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

/**
 * Hostile values (dates PostgreSQL cannot store, page numbers whose offset overflows, NUL
 * characters) are each a 400 naming the parameter: problem+json on the reports API, Open311's
 * own error format on Open311. Never a 500.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class HostileInputTest {
    /** +300000-01-01T00:00:00Z, its '+' encoded so that it is not read as a space. */
    static final String FAR = "%2B300000-01-01T00:00:00Z";
    static final String FAR_PAST = "-300000-01-01T00:00:00Z";
    static final String NUL = "%00";

    static void problemNaming(io.restassured.response.ValidatableResponse response, String field) {
        response.statusCode(400).contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem(field));
    }

    @ParameterizedTest
    @CsvSource({
        "/api/reports?from=" + FAR + ", from",
        "/api/reports?to=" + FAR + ", to",
        "/api/reports?from=" + FAR_PAST + ", from",
        "/api/reports/by-cell?cells=150m-3533-1204&from=" + FAR + ", from",
        "/api/reports/by-cell?cells=150m-3533-1204&to=" + FAR + ", to",
        "/api/hotspots?from=" + FAR + ", from",
        "/api/hotspots?to=" + FAR + ", to",
        "/api/hotspots/evaluation?trainFrom=" + FAR + "&trainTo=2026-02-01T00:00:00Z"
                + "&testFrom=2026-02-01T00:00:00Z&testTo=2026-03-01T00:00:00Z, trainFrom",
        "/api/hotspots/evaluation?trainFrom=2026-01-01T00:00:00Z&trainTo=2026-02-01T00:00:00Z"
                + "&testFrom=2026-02-01T00:00:00Z&testTo=" + FAR + ", testTo"})
    void a_date_far_out_of_range_is_a_400_naming_the_filter(String url, String field) {
        problemNaming(as("olivia", "council-officer", "analyst").urlEncodingEnabled(false).when().get(url).then(),
                field);
    }

    @Test
    void a_page_far_beyond_the_reports_is_a_400_naming_page() {
        problemNaming(as("ann", "analyst").when().get("/api/reports?page=1000000000").then(), "page");
        problemNaming(as("ann", "analyst").when().get("/api/reports?page=2147483647&size=500").then(), "page");
        as("ann", "analyst").when().get("/api/reports?page=1000&size=20").then().statusCode(200);
    }

    @ParameterizedTest
    @CsvSource({
        "/api/reports?ward=E05" + NUL + ", ward",
        "/api/reports?category=NOISE" + NUL + ", category",
        "/api/reports?sort=occurredAt" + NUL + ", sort",
        "/api/reports/bulk?ids=" + NUL + ", ids",
        "/api/reports/" + NUL + ", id",
        "/api/reports/by-cell?cells=" + NUL + ", cells",
        "/api/hotspots?category=" + NUL + ", category",
        "/api/case-reviews?reportId=" + NUL + ", reportId",
        "/api/imports/" + NUL + ", id"})
    void a_nul_character_in_a_filter_or_id_is_a_400_naming_it(String url, String field) {
        problemNaming(as("olivia", "council-officer", "analyst").urlEncodingEnabled(false).when().get(url).then(),
                field);
    }

    @Test
    void a_nul_character_in_a_report_body_is_a_400_naming_the_field() {
        long before = Open311Test.count();
        problemNaming(as("olivia", "council-officer").body(ReportResourceTest.VALID
                .replace("Group drinking", "Group\\u0000drinking")).when().post("/api/reports").then(), "description");
        problemNaming(as("olivia", "council-officer").body(ReportResourceTest.VALID
                .replace("\"source\"", "\"address\":\"1 \\u0000 Street\",\"source\"")).when().post("/api/reports")
                .then(), "address");
        assertEquals(before, Open311Test.count());
    }

    @Test
    void a_nul_character_in_a_status_reason_is_a_400_naming_reason() {
        String id = as("olivia", "council-officer").body(ReportResourceTest.VALID).when().post("/api/reports")
                .then().statusCode(201).extract().path("id");
        problemNaming(as("olivia", "council-officer").body("{\"status\":\"TRIAGED\",\"reason\":\"ok\\u0000\"}")
                .when().post("/api/reports/" + id + "/status").then(), "reason");
    }

    @Test
    void a_report_that_occurred_far_in_the_past_is_a_400_naming_occurred_at() {
        problemNaming(as("olivia", "council-officer").body(ReportResourceTest.VALID
                .replace("2026-06-01T21:30:00Z", FAR_PAST)).when().post("/api/reports").then(), "occurredAt");
    }

    @ParameterizedTest
    @CsvSource({
        "start_date=" + FAR + ", start_date",
        "end_date=" + FAR + ", end_date",
        "start_date=" + FAR_PAST + ", start_date",
        "service_code=asb-noise" + NUL + ", service_code",
        "status=open" + NUL + ", status",
        "service_request_id=" + NUL + ", service_request_id",
        "api_key=" + NUL + ", api_key"})
    void open311_reads_answer_hostile_filters_with_a_400_in_open311_format_naming_them(String query, String field) {
        given().log().ifValidationFails().urlEncodingEnabled(false).when().get("/open311/v2/requests.json?" + query)
                .then().statusCode(400).contentType(containsString("json"))
                .body("[0].code", equalTo(400)).body("[0].description", containsString(field));
        given().log().ifValidationFails().urlEncodingEnabled(false).when().get("/open311/v2/requests.xml?" + query)
                .then().statusCode(400).contentType(containsString("xml"))
                .body("errors.error.description", containsString(field));
    }

    @Test
    void open311_a_nul_character_in_a_request_id_is_a_400_naming_it() {
        given().log().ifValidationFails().urlEncodingEnabled(false).when().get("/open311/v2/requests/" + NUL + ".json").then().statusCode(400)
                .body("[0].description", containsString("id"));
    }

    @ParameterizedTest
    @CsvSource({"description", "address_string", "first_name", "email", "attribute[occurred_at]"})
    void open311_a_nul_character_in_a_posted_field_is_a_400_naming_it(String field) {
        long before = Open311Test.count();
        given().log().ifValidationFails().contentType("application/x-www-form-urlencoded")
                .formParam("api_key", "hostile-key").formParam("service_code", "asb-noise")
                .formParam("lat", "51.5126").formParam("long", "-0.1310")
                .formParam("description", "Loud music")
                .formParam(field, "bad\0value")
                .when().post("/open311/v2/requests.json").then().statusCode(400)
                .body("[0].description", containsString(field)).body("[0].description", containsString("NUL"));
        assertEquals(before, Open311Test.count());
    }

    @Test
    void open311_a_report_that_occurred_far_in_the_future_is_taken_with_the_time_kept_as_text() {
        // occurred_at is optional: a resident never loses their report over it
        String id = Open311Test.form("hostile-key").formParam("attribute[occurred_at]", "+300000-01-01T00:00:00Z")
                .when().post("/open311/v2/requests.json").then().statusCode(201)
                .extract().path("[0].service_request_id");
        as("olivia", "council-officer").when().get("/api/reports/" + id).then().statusCode(200)
                .body("description", containsString("When it happened, as given: +300000-01-01T00:00:00Z"));
    }
}
