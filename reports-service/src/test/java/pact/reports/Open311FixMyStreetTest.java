package pact.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pact.testsupport.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pact.reports.domain.Report;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

/**
 * Open311 as FixMyStreet's client really uses it, replayed byte for byte: form bodies as
 * {@code HTTP::Request::Common} writes them (brackets, colons and commas escaped, {@code +} for a
 * space, UTF-8 percent-encoded, a browser's CRLF as {@code %0D%0A}, no charset on the content type),
 * and XML answers, errors included.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class Open311FixMyStreetTest {
    static final String WHERE = "&service_code=asb-noise&lat=51.512600&long=-0.131000";
    static final String RESIDENT = "&first_name=Fiona&last_name=Public&email=fiona%40example.org";

    /** A POST exactly as FixMyStreet sends it: the body as given, and no charset added to its type. */
    static RequestSpecification fixMyStreet(String body) {
        return given().log().ifValidationFails()
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("application/x-www-form-urlencoded").body(body);
    }

    static String postRequest(String body, int status) {
        return fixMyStreet(body).when().post("/open311/v2/requests.xml").then().statusCode(status)
                .contentType(containsString("xml"))
                .extract().xmlPath().getString("service_requests.request.service_request_id");
    }

    static JsonPath staffView(String id) {
        return as("olivia", "council-officer").when().get("/api/reports/" + id).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void the_date_picker_time_is_read_as_london_time_in_winter_and_in_summer() {
        String winter = postRequest("api_key=fms-time-key" + WHERE
                + "&description=Loud+music+from+a+car&attribute%5Boccurred_at%5D=2026-12-02T10%3A33"
                + "&attribute%5Btargeted%5D=no&attribute%5Brepeat%5D=no" + RESIDENT, 201);
        String summer = postRequest("api_key=fms-time-key" + WHERE
                + "&description=Loud+music+from+a+car&attribute%5Boccurred_at%5D=2026-07-02T10%3A33"
                + "&attribute%5Btargeted%5D=no&attribute%5Brepeat%5D=no" + RESIDENT, 201);
        String zoned = postRequest("api_key=fms-time-key" + WHERE
                + "&description=Loud+music+from+a+car&attribute%5Boccurred_at%5D=2026-07-02T10%3A33%3A00%2B02%3A00"
                + RESIDENT, 201);
        assertEquals("2026-12-02T10:33:00Z", staffView(winter).getString("occurredAt"));
        assertEquals("2026-07-02T09:33:00Z", staffView(summer).getString("occurredAt"));
        assertEquals("2026-07-02T08:33:00Z", staffView(zoned).getString("occurredAt"));
        assertEquals("Loud music from a car", staffView(summer).getString("description"));
    }

    @Test
    void an_unreadable_or_implausible_time_is_kept_as_text_and_the_report_taken_as_of_now() {
        Instant before = Instant.now().minusSeconds(1);
        String unreadable = postRequest("api_key=fms-text-key" + WHERE
                + "&description=Shouting+outside&attribute%5Boccurred_at%5D=last+Tuesday%2C+about+10pm"
                + "&attribute%5Brepeat%5D=yes&media_url=https%3A%2F%2Ffms.example%2Fphoto%2F77.full.jpeg"
                + RESIDENT, 201);
        String implausible = postRequest("api_key=fms-text-key" + WHERE
                + "&description=Shouting+outside&attribute%5Boccurred_at%5D=1850-12-02T10%3A33" + RESIDENT, 201);
        Instant after = Instant.now().plusSeconds(1);

        JsonPath first = staffView(unreadable);
        assertEquals("Shouting outside\n\nMedia: https://fms.example/photo/77.full.jpeg\n\n"
                + "The reporter says this has happened here before.\n\n"
                + "When it happened, as given: last Tuesday, about 10pm", first.getString("description"));
        Instant filed = Instant.parse(first.getString("occurredAt"));
        assertTrue(!filed.isBefore(before) && !filed.isAfter(after), "filed as of now: " + filed);
        assertEquals("Shouting outside\n\nWhen it happened, as given: 1850-12-02T10:33",
                staffView(implausible).getString("description"));
    }

    @Test
    void a_description_of_5877_characters_with_crlf_and_multibyte_characters_is_taken_whole() {
        String rawLine = "Music+and+shouting+from+the+flat+above+the+caf%C3%A9+%E2%80%94+every+night%2C+"
                + "%E2%80%98until+4am%E2%80%99+%F0%9F%98%A9%0D%0A";
        String line = "Music and shouting from the flat above the café — every night, ‘until 4am’ 😩\r\n";
        String rawHead = "title%3A+Noise+above+the+caf%C3%A9%0D%0A%0D%0Adetail%3A+";
        String head = "title: Noise above the café\r\n\r\ndetail: ";
        String rawTail = "%0D%0Aurl%3A+https%3A%2F%2Ffms.example%2Freport%2F4711%0D%0A%0D%0ASubmitted+via+FixMyStreet";
        String tail = "\r\nurl: https://fms.example/report/4711\r\n\r\nSubmitted via FixMyStreet";
        int lines = (5877 - head.length() - tail.length()) / line.length();
        int padding = 5877 - head.length() - tail.length() - lines * line.length();
        String sent = head + line.repeat(lines) + "x".repeat(padding) + tail;
        String rawSent = rawHead + rawLine.repeat(lines) + "x".repeat(padding) + rawTail;
        assertEquals(5877, sent.length());
        assertEquals(sent, URLDecoder.decode(rawSent, StandardCharsets.UTF_8), "the raw body says what we meant");

        String id = postRequest("api_key=fms-text-key" + WHERE + "&description=" + rawSent + RESIDENT, 201);
        String stored = staffView(id).getString("description");
        assertEquals(sent.replace("\r\n", "\n"), stored);
        assertFalse(stored.contains("\r"));
    }

    @Test
    void a_re_send_with_the_same_fixmystreet_id_answers_the_first_id_and_stores_one_report() {
        String body = "api_key=fms-resend-key" + WHERE + "&description=Party+in+the+square"
                + "&attribute%5Bfixmystreet_id%5D=4711&jurisdiction_id=westminster-pact" + RESIDENT;
        String first = postRequest(body, 201);
        String again = postRequest(body, 200);
        String another = postRequest(body.replace("=4711", "=4712"), 201);
        assertEquals(first, again);
        assertFalse(first.equals(another));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Report.count("sourceReference",
                "open311:fms-resend:fixmystreet:4711")));
        assertEquals("open311:fms-resend:fixmystreet:4711", staffView(first).getString("sourceReference"));
    }

    @Test
    void every_service_declares_fixmystreet_id_as_server_set_and_hate_related_services_are_private() {
        given().when().get("/open311/v2/services/asb-noise.xml").then().statusCode(200)
                .body("service_definition.attributes.attribute.find { it.code == 'fixmystreet_id' }.automated",
                        equalTo("server_set"))
                .body("service_definition.attributes.attribute.find { it.code == 'fixmystreet_id' }.variable",
                        equalTo("false"))
                .body("service_definition.attributes.attribute.find { it.code == 'fixmystreet_id' }.required",
                        equalTo("false"))
                .body("service_definition.attributes.attribute.find { it.code == 'occurred_at' }.variable",
                        equalTo("true"));
        var services = given().when().get("/open311/v2/services.xml").then().statusCode(200).extract().xmlPath();
        assertTrue(keywords(services, "asb-hate-related").contains("private"));
        assertTrue(keywords(services, "asb-aggressive-behaviour").contains("private"),
                "reports of it are about a targeted person, which the public feed never shows");
        assertFalse(keywords(services, "asb-street-drinking").contains("private"));
    }

    static List<String> keywords(io.restassured.path.xml.XmlPath services, String code) {
        return Arrays.asList(services.getString("services.service.find { it.service_code == '" + code
                + "' }.keywords").split(","));
    }

    @Test
    void another_jurisdiction_is_refused_naming_it_and_ours_or_none_is_taken() {
        given().when().get("/open311/v2/services.xml?jurisdiction_id=camden").then().statusCode(400)
                .contentType(containsString("xml"))
                .body("errors.error.code", equalTo("400"))
                .body("errors.error.description", containsString("jurisdiction_id camden"));
        fixMyStreet("api_key=fms-other-key" + WHERE + "&description=Noise&jurisdiction_id=camden" + RESIDENT)
                .when().post("/open311/v2/requests.xml").then().statusCode(400)
                .body("errors.error.description", containsString("jurisdiction_id camden"));
        given().when().get("/open311/v2/services.xml?jurisdiction_id=westminster-pact").then().statusCode(200);
        given().when().get("/open311/v2/services.xml").then().statusCode(200);
    }

    @Test
    void an_unknown_route_is_an_open311_404_in_the_format_asked_and_xml_without_one() {
        given().when().get("/open311/v2/nothing.xml").then().statusCode(404).contentType(containsString("xml"))
                .body("errors.error.code", equalTo("404"))
                .body("errors.error.description", containsString("/open311/v2/nothing.xml"));
        given().when().get("/open311/v2/nothing.json").then().statusCode(404).contentType(containsString("json"))
                .body("[0].code", equalTo(404));
        given().when().get("/open311/v2/services").then().statusCode(404).contentType(containsString("xml"))
                .body("errors.error.code", equalTo("404"));
        given().when().get("/open311/v1/services.xml").then().statusCode(404).contentType(containsString("xml"))
                .body("errors.error.code", equalTo("404"));
        fixMyStreet("api_key=fms-other-key").when().post("/open311/v2/tokens/abc.xml").then().statusCode(404)
                .contentType(containsString("xml")).body("errors.error.code", equalTo("404"));
    }

    @Test
    void a_thousand_ids_in_one_get_are_answered_and_more_are_open311_errors() {
        String real = postRequest("api_key=fms-other-key" + WHERE + "&description=Bins+set+alight" + RESIDENT, 201);
        List<String> ids = new ArrayList<>();
        ids.add(real);
        while (ids.size() < 1000) {
            ids.add(UUID.randomUUID().toString());
        }
        // URI.pm's query_form escapes the commas
        given().urlEncodingEnabled(false).when()
                .get("/open311/v2/requests.xml?service_request_id=" + String.join("%2C", ids)).then().statusCode(200)
                .body("service_requests.request.size()", equalTo(1))
                .body("service_requests.request.service_request_id", equalTo(real));

        ids.add(UUID.randomUUID().toString());
        given().urlEncodingEnabled(false).when()
                .get("/open311/v2/requests.xml?service_request_id=" + String.join("%2C", ids)).then().statusCode(400)
                .contentType(containsString("xml"))
                .body("errors.error.description", containsString("1001"));

        while (ids.size() < 1300) {
            ids.add(UUID.randomUUID().toString());
        }
        given().urlEncodingEnabled(false).when()
                .get("/open311/v2/requests.xml?service_request_id=" + String.join("%2C", ids)).then().statusCode(414)
                .contentType(containsString("xml"))
                .body("errors.error.code", equalTo("414"))
                .body("errors.error.description", containsString("at most 1000 service_request_id"));
    }

    @Test
    void a_report_taken_through_open311_is_in_the_feed_with_its_status_and_times() {
        String id = postRequest("api_key=fms-other-key" + WHERE + "&description=Graffiti+on+the+wall" + RESIDENT,
                201);
        var request = given().when().get("/open311/v2/requests/" + id + ".xml").then().statusCode(200)
                .body("service_requests.request.status", equalTo("open"))
                .body(not(containsString("fiona"))).extract().xmlPath();
        String requested = request.getString("service_requests.request.requested_datetime");
        assertTrue(requested.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), requested);
        assertEquals(requested, request.getString("service_requests.request.updated_datetime"));
        given().when().get("/open311/v2/requests.xml?service_code=asb-noise").then().statusCode(200)
                .body("service_requests.request.service_request_id", hasItem(id));
    }
}
