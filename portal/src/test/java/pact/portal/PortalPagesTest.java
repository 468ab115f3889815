package pact.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pact.testsupport.InjectWireMock;

/**
 * The portal's pages over a stand-in gateway: what a person sees when the gateway answers, answers
 * in part, refuses or is down. (The login is replaced by {@code @TestSecurity} here; the browser
 * tests in local-stack sign in through the real Keycloak.)
 */
@QuarkusTest
@WithTestResource(WireMockGateway.class)
class PortalPagesTest {
    @InjectWireMock
    WireMockServer gateway;

    @BeforeEach
    void reset() {
        gateway.resetAll();
    }

    @Test
    @TestSecurity(user = "tom", roles = "tasking-coordinator")
    void the_dashboard_still_renders_and_names_what_is_missing_when_the_gateway_is_down() {
        gateway.stubFor(post(urlEqualTo("/graphql")).willReturn(aResponse().withStatus(503)));
        given().when().get("/").then().statusCode(200)
                .body(allOf(containsString("Some information is missing"),
                        containsString("answered with an error (HTTP 503)"), containsString("Dashboard"),
                        not(containsString("Exception"))));
    }

    @Test
    @TestSecurity(user = "tom", roles = "tasking-coordinator")
    void a_partial_answer_shows_what_came_and_what_failed() {
        gateway.stubFor(post(urlEqualTo("/graphql")).willReturn(okJson("""
                {"data":{"reportsNEW":{"totalCount":42},"hotspots":null},
                 "errors":[{"message":"reports-service did not answer in time","path":["hotspots"]}]}""")));
        given().when().get("/").then().statusCode(200)
                .body(allOf(containsString(">42<"), containsString("reports-service did not answer in time")));
    }

    @Test
    @TestSecurity(user = "ann", roles = "analyst")
    void a_role_without_the_page_gets_a_plain_refusal_and_no_data_is_asked_for() {
        given().when().get("/board").then().statusCode(403)
                .body(containsString("You do not have access to this page"));
        gateway.verify(0, postRequestedFor(urlEqualTo("/graphql")));
    }

    @Test
    @TestSecurity(user = "olivia", roles = "council-officer")
    void a_form_without_its_csrf_token_is_refused() {
        given().contentType("application/x-www-form-urlencoded").formParam("status", "TRIAGED")
                .formParam("statusReason", "why").when().post("/reports/8a0f1c2e-0000-4000-8000-000000000001/status")
                .then().statusCode(400);
        gateway.verify(0, postRequestedFor(urlEqualTo("/graphql")));
    }

    @Test
    @TestSecurity(user = "olivia", roles = "council-officer")
    void the_reason_for_reading_personal_data_is_asked_for_and_sent_with_the_read() {
        gateway.stubFor(post(urlEqualTo("/graphql")).willReturn(okJson("""
                {"data":{"report":{"id":"r1","category":"NOISE","status":"NEW","location":{"lat":51.5,"lon":-0.13},
                 "personalData":{"reporter":{"name":"A Resident","email":"a@example.org"},"victim":null,
                 "vulnerabilityFlags":[]}}}}""")));
        var session = new Session();
        session.post("/reports/r1/personal-data", "reason", "short").then().statusCode(200)
                .body(containsString("Say why you need this person"));
        gateway.verify(0, postRequestedFor(urlEqualTo("/graphql")).withHeader("X-Access-Reason", containing("")));
        session.post("/reports/r1/personal-data", "reason", "Calling the reporter back about the noise")
                .then().statusCode(200).header("Cache-Control", "no-store").body(containsString("A Resident"));
        gateway.verify(postRequestedFor(urlEqualTo("/graphql"))
                .withHeader("X-Access-Reason", containing("Calling the reporter back")));
    }

    @Test
    @TestSecurity(user = "ian", roles = "city-inspector")
    void a_statutory_refusal_is_shown_beside_the_field_it_concerns() {
        gateway.stubFor(post(urlEqualTo("/graphql")).withRequestBody(containing("officers"))
                .willReturn(okJson("""
                        {"data":{"officers":{"edges":[{"node":{"id":"o1","staffNumber":"CI-2001",
                         "organisation":"WESTMINSTER_COUNCIL","login":"ian","tasks":[]}}]}}}""")));
        gateway.stubFor(post(urlEqualTo("/graphql")).withRequestBody(containing("issueNotice"))
                .willReturn(okJson("""
                        {"data":{"issueNotice":null},"errors":[{"message":"enforcement-service rejected the request",
                         "path":["issueNotice"],"extensions":{"code":"backend-refused","problem":{
                         "rule":"subject-minimum-age","detail":"The subject must be 16 or over on the day of issue",
                         "errors":[]}}}]}""")));
        new Session().post("/patrol/notices/new", "type", "COMMUNITY_PROTECTION_WARNING", "subjectKind", "PERSON",
                "subjectName", "Young Person", "dateOfBirth", "2015-01-01", "conduct", "Graffiti on the arcade",
                "lat", "51.51", "lon", "-0.13").then().statusCode(200)
                .body(allOf(containsString("govuk-error-summary"), containsString("href=\"#dateOfBirth\""),
                        containsString("id=\"dateOfBirth-error\""),
                        containsString("The subject must be 16 or over on the day of issue (rule subject-minimum-age)")));
    }

    @Test
    void every_answer_carries_the_security_headers() {
        given().when().get("/static/portal.css").then().statusCode(200)
                .header("Content-Security-Policy", allOf(containsString("script-src 'self'"),
                        containsString("frame-ancestors 'none'"), not(containsString("unsafe-inline"))))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    /** A browser's visit: the form's page first (for its CSRF cookie and token), then the post. */
    static final class Session {
        io.restassured.response.Response post(String path, String... fields) {
            var page = given().when().get(path).then().extract();
            var token = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"")
                    .matcher(page.asString());
            org.junit.jupiter.api.Assertions.assertTrue(token.find(), "the form on " + path + " has a CSRF token");
            var request = given().cookies(page.cookies()).contentType("application/x-www-form-urlencoded")
                    .formParam("csrf-token", token.group(1));
            for (int i = 0; i < fields.length; i += 2) {
                request.formParam(fields[i], fields[i + 1]);
            }
            return request.when().post(path);
        }
    }
}
