package pact.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pact.testsupport.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import pact.reports.domain.Report;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

/** Open311 GeoReport v2 as FixMyStreet and similar clients use it: form posts, JSON and XML, no login. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class Open311Test {

    static RequestSpecification form(String apiKey) {
        return form(apiKey, "asb-street-drinking");
    }

    static RequestSpecification form(String apiKey, String serviceCode) {
        return given().log().ifValidationFails().contentType("application/x-www-form-urlencoded")
                .formParam("api_key", apiKey)
                .formParam("service_code", serviceCode)
                .formParam("lat", "51.5126").formParam("long", "-0.1310")
                .formParam("address_string", "Old Compton Street")
                .formParam("description", "Group drinking and shouting outside the cafe every evening")
                .formParam("first_name", "Fiona").formParam("last_name", "Public")
                .formParam("email", "fiona@example.org").formParam("phone", "020 7946 0999");
    }

    @Test
    void services_and_a_definition_in_json_and_xml() {
        given().when().get("/open311/v2/services.json").then().statusCode(200)
                .body("service_code", hasItem("asb-street-drinking"))
                .body("find { it.service_code == 'asb-noise' }.metadata", equalTo(true));
        given().when().get("/open311/v2/services.xml").then().statusCode(200)
                .contentType(containsString("xml"))
                .body("services.service.find { it.service_code == 'asb-begging' }.service_name", equalTo("Begging"));
        given().when().get("/open311/v2/services/asb-noise.json").then().statusCode(200)
                .body("attributes.code", hasItem("targeted"));
        given().when().get("/open311/v2/services/asb-noise.xml").then().statusCode(200)
                .body("service_definition.attributes.attribute.find { it.code == 'targeted' }.values.value.key",
                        hasItem("yes"));
        given().when().get("/open311/v2/services/asb-parking.json").then().statusCode(404)
                .body("[0].description", containsString("not a PACT service"));
    }

    @Test
    void a_request_is_created_read_back_without_personal_data_and_reaches_officers() {
        String id = form("open311-demo-key").when().post("/open311/v2/requests.json")
                .then().statusCode(201).body("[0].service_request_id", notNullValue())
                .extract().path("[0].service_request_id");

        given().when().get("/open311/v2/requests/" + id + ".json").then().statusCode(200)
                .body("[0].status", equalTo("open"))
                .body("[0].service_code", equalTo("asb-street-drinking"))
                .body("[0].lat", equalTo(51.5126f))
                .body("[0]", not(org.hamcrest.Matchers.hasKey("email")))
                .body(not(containsString("Fiona")));
        given().when().get("/open311/v2/requests.xml?service_request_id=" + id).then().statusCode(200)
                .body("service_requests.request.status", equalTo("open"));

        // inside PACT it is a public report
        as("olivia", "council-officer").header("X-Access-Reason", "call back").when().get("/api/reports/" + id)
                .then().statusCode(200)
                .body("source", equalTo("PUBLIC")).body("qualifier", equalTo("NUISANCE"))
                .body("createdBy", equalTo("open311:demo"))
                .body("personalData.reporter.email", equalTo("fiona@example.org"));
        as("olivia", "council-officer").body("{\"status\":\"NO_FURTHER_ACTION\",\"reason\":\"moved on\"}")
                .when().post("/api/reports/" + id + "/status").then().statusCode(200);
        given().when().get("/open311/v2/requests.json?status=closed").then().statusCode(200)
                .body("service_request_id", hasItem(id))
                .body("status", everyItem(equalTo("closed")));
    }

    @Test
    void a_targeted_request_reaches_officers_as_personal_but_never_the_public_feed() {
        String id = form("targeted-key").formParam("attribute[targeted]", "yes")
                .when().post("/open311/v2/requests.json")
                .then().statusCode(201).extract().path("[0].service_request_id");
        given().when().get("/open311/v2/requests/" + id + ".json").then().statusCode(404);
        as("olivia", "council-officer").header("X-Access-Reason", "call back").when().get("/api/reports/" + id)
                .then().statusCode(200)
                .body("source", equalTo("PUBLIC")).body("qualifier", equalTo("PERSONAL"))
                .body("personalData.reporter.email", equalTo("fiona@example.org"));
    }

    @Test
    void internal_reports_never_appear_on_the_public_interface() {
        String internal = as("olivia", "council-officer").body("""
                {"qualifier":"NUISANCE","category":"NOISE","description":"internal","location":{"lat":51.51,"lon":-0.135},
                 "occurredAt":"2026-01-01T00:00:00Z","source":"CITY_INSPECTOR"}""")
                .when().post("/api/reports").then().statusCode(201).extract().path("id");
        given().when().get("/open311/v2/requests/" + internal + ".json").then().statusCode(404);
    }

    @Test
    void bad_requests_get_open311_errors_and_store_nothing() {
        long before = count();
        given().contentType("application/x-www-form-urlencoded").formParam("service_code", "asb-noise")
                .when().post("/open311/v2/requests.json").then().statusCode(403)
                .body("[0].description", containsString("api_key"));
        form("wrong-key").when().post("/open311/v2/requests.json").then().statusCode(403);
        form("open311-demo-key", "asb-parking")
                .when().post("/open311/v2/requests.xml").then().statusCode(400)
                .body("errors.error.description", containsString("not a PACT service"));
        given().contentType("application/x-www-form-urlencoded").formParam("api_key", "open311-demo-key")
                .formParam("service_code", "asb-noise").formParam("lat", "51.539").formParam("long", "-0.1426")
                .formParam("description", "Loud party in Camden")
                .when().post("/open311/v2/requests.json").then().statusCode(400)
                .body("[0].description", containsString("outside the City of Westminster"));
        given().contentType("application/x-www-form-urlencoded").formParam("api_key", "open311-demo-key")
                .formParam("service_code", "asb-noise").formParam("lat", "51.512").formParam("long", "-0.131")
                .formParam("email", "not-an-email").formParam("description", "x")
                .when().post("/open311/v2/requests.json").then().statusCode(400)
                .body("description", hasItem(containsString("email")));
        assertEquals(before, count());
    }

    @Test
    void submissions_are_rate_limited_per_api_key() {
        for (int i = 0; i < 5; i++) {
            form("tiny-key").when().post("/open311/v2/requests.json").then().statusCode(201);
        }
        form("tiny-key").when().post("/open311/v2/requests.json").then().statusCode(429)
                .header("Retry-After", notNullValue())
                .body("[0].description", containsString("Too many requests"));
        given().when().get("/open311/v2/requests.json?service_code=asb-street-drinking").then().statusCode(200)
                .body("$", not(hasSize(0)));
    }

    static long count() {
        return QuarkusTransaction.requiringNew().call(() -> Report.count());
    }

}
