package pact.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pact.testsupport.InjectWireMock;
import pact.testsupport.TestIssuer;

@QuarkusTest
@WithTestResource(WireMockBackends.class)
@WithTestResource(TestIssuer.class)
class MutationsTest {
    static final String REPORT = """
            mutation { report(report: {qualifier: "NUISANCE", category: "NOISE", description: "Party",
              location: {lat: 51.51, lon: -0.13}, occurredAt: "2026-06-01T23:00:00Z", source: "CITY_INSPECTOR"})
              { id status } }""";

    @InjectWireMock
    WireMockServer backends;

    @BeforeEach
    void reset() {
        backends.resetAll();
    }

    static ValidatableResponse graphql(String token, String query) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("query", query))
                .when().post("/graphql").then().log().ifValidationFails().statusCode(200);
    }

    @Test
    void a_report_goes_to_the_service_with_the_callers_token() {
        String token = TestIssuer.token("ian", "city-inspector");
        backends.stubFor(post(urlPathEqualTo("/api/reports")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"r-1\",\"status\":\"NEW\"}")));
        graphql(token, REPORT).body("errors", nullValue()).body("data.report.status", org.hamcrest.Matchers.equalTo("NEW"));
        backends.verify(1, postRequestedFor(urlPathEqualTo("/api/reports"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withRequestBody(matchingJsonPath("$.location.lat", equalTo("51.51"))));
    }

    @Test
    void the_services_field_errors_come_back_in_the_graphql_error() {
        backends.stubFor(post(urlPathEqualTo("/api/reports")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":400,\"title\":\"Invalid request\",\"errors\":[{\"field\":\"location\","
                        + "\"message\":\"is outside the City of Westminster\"}]}")));
        graphql(TestIssuer.token("ian", "city-inspector"), REPORT)
                .body("errors[0].message", containsString("location is outside the City of Westminster"))
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("backend-refused"));
    }

    @Test
    void a_failed_create_is_never_retried_so_nothing_is_stored_twice() {
        backends.stubFor(post(urlPathEqualTo("/api/reports"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        graphql(TestIssuer.token("ian", "city-inspector"), REPORT)
                .body("errors[0].message", containsString("reports-service is unavailable"));
        backends.verify(1, postRequestedFor(urlPathEqualTo("/api/reports")));
    }

    @Test
    void triage_sends_the_reason_and_the_expected_version() {
        backends.stubFor(post(urlPathEqualTo("/api/reports/r-1/status")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"r-1\",\"status\":\"TRIAGED\"}")));
        graphql(TestIssuer.token("olivia", "council-officer"), """
                mutation { triage(reportId: "r-1", change: {status: "TRIAGED", reason: "repeat location"},
                  expectedVersion: 3) { status } }""")
                .body("data.triage.status", org.hamcrest.Matchers.equalTo("TRIAGED"));
        backends.verify(postRequestedFor(urlPathEqualTo("/api/reports/r-1/status"))
                .withHeader("If-Match", equalTo("\"3\""))
                .withRequestBody(matchingJsonPath("$.reason", equalTo("repeat location"))));
        graphql(TestIssuer.token("ann", "analyst"), """
                mutation { triage(reportId: "r-1", change: {status: "TRIAGED", reason: "x"}) { status } }""")
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("forbidden"));
    }

    static final String NOTICE = """
            mutation { issueNotice(%s notice: {type: "COMMUNITY_PROTECTION_WARNING",
              subject: {kind: "PERSON", name: "A Person", dateOfBirth: "1990-04-01"},
              issuingOfficer: {staffNumber: "CI-04", organisation: "WESTMINSTER_COUNCIL"},
              conduct: "Drinking in the street", conductCode: "STREET_DRINKING", location: {lat: 51.51, lon: -0.13},
              issuedAt: "2026-11-01T22:00:00Z", complyBy: "2026-11-15", reportId: "r-1"})
              { id type status version } }""";
    static final String NOTICE_JSON = "{\"id\":\"n-1\",\"type\":\"COMMUNITY_PROTECTION_WARNING\","
            + "\"status\":\"ISSUED\",\"version\":0}";

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(String body) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(body);
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder refused(String rule, String detail) {
        return aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":422,\"title\":\"Refused\",\"rule\":\"" + rule + "\",\"detail\":\""
                        + detail + "\"}");
    }

    @Test
    void tasks_from_hotspots_go_to_tasking_with_the_callers_token_and_are_never_retried() {
        String token = TestIssuer.token("tom", "tasking-coordinator");
        backends.stubFor(post(urlPathEqualTo("/api/tasks/from-hotspots")).willReturn(created(
                "{\"created\":[{\"id\":\"t-1\",\"status\":\"PLANNED\",\"area\":{\"cellId\":\"150m-3533-1204\"}}],"
                        + "\"alreadyTasked\":[\"150m-3534-1204\"]}")));
        String mutation = """
                mutation { createTasksFromHotspots(tasking: {from: "2026-10-01T00:00:00Z", to: "2026-11-01T00:00:00Z",
                  objective: "REASSURANCE", priority: "HIGH", windowStart: "2026-11-02T18:00:00Z",
                  windowEnd: "2026-11-03T02:00:00Z", maxTasks: 5, powersNeeded: ["DISPERSAL"]})
                  { created { id status area { cellId } } alreadyTasked } }""";
        graphql(token, mutation).body("errors", nullValue())
                .body("data.createTasksFromHotspots.created[0].area.cellId", org.hamcrest.Matchers.equalTo("150m-3533-1204"))
                .body("data.createTasksFromHotspots.alreadyTasked[0]", org.hamcrest.Matchers.equalTo("150m-3534-1204"));
        backends.verify(1, postRequestedFor(urlPathEqualTo("/api/tasks/from-hotspots"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withRequestBody(matchingJsonPath("$.maxTasks", equalTo("5")))
                .withRequestBody(matchingJsonPath("$.powersNeeded[0]", equalTo("DISPERSAL")))
                .withRequestBody(matchingJsonPath("$.windowStart", equalTo("2026-11-02T18:00:00Z"))));

        backends.resetAll();
        backends.stubFor(post(urlPathEqualTo("/api/tasks/from-hotspots"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        graphql(token, mutation).body("errors[0].message", containsString("tasking-service is unavailable"));
        backends.verify(1, postRequestedFor(urlPathEqualTo("/api/tasks/from-hotspots")));

        graphql(TestIssuer.token("pc", "police-officer"), mutation)
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("forbidden"))
                .body("errors[0].message", containsString("tasking-coordinator"));
        backends.verify(1, postRequestedFor(urlPathEqualTo("/api/tasks/from-hotspots")));
    }

    @Test
    void a_shift_plan_sends_the_period_and_seed_and_tasking_refusals_name_their_rule() {
        String token = TestIssuer.token("tom", "tasking-coordinator");
        backends.stubFor(post(urlPathEqualTo("/api/plans")).willReturn(created("""
                {"id":"p-1","from":"2026-11-02T18:00:00Z","to":"2026-11-03T02:00:00Z","seed":42,"version":0,
                 "quality":{"hotspots":3,"hotspotsVisited":3,"coverage":1.0,"visits":9},
                 "visits":[{"id":"v-1","officerId":"o-1","staffNumber":"PC-01","taskId":"t-1","cellId":"150m-3533-1204",
                  "startsAt":"2026-11-02T18:10:00Z","endsAt":"2026-11-02T18:22:00Z","locked":false,
                  "explanation":"idle for 2 h"}]}""")));
        String mutation = """
                mutation { planShift(plan: {from: "2026-11-02T18:00:00Z", to: "2026-11-03T02:00:00Z", seed: 42})
                  { id seed quality { coverage visits } visits { staffNumber cellId explanation } } }""";
        graphql(token, mutation).body("errors", nullValue())
                .body("data.planShift.quality.coverage", org.hamcrest.Matchers.equalTo(1.0f))
                .body("data.planShift.visits[0].explanation", org.hamcrest.Matchers.equalTo("idle for 2 h"));
        backends.verify(1, postRequestedFor(urlPathEqualTo("/api/plans"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withRequestBody(matchingJsonPath("$.seed", equalTo("42")))
                .withRequestBody(matchingJsonPath("$.from", equalTo("2026-11-02T18:00:00Z"))));

        backends.stubFor(post(urlPathEqualTo("/api/plans")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":409,\"title\":\"Conflict\",\"detail\":\"a plan already covers the period\"}")));
        graphql(token, mutation)
                .body("errors[0].message", containsString("a plan already covers the period"))
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("backend-refused"));
    }

    @Test
    void check_ins_go_as_one_batch_and_an_off_shift_refusal_names_the_rule() {
        String token = TestIssuer.token("ian", "city-inspector");
        backends.stubFor(post(urlPathEqualTo("/api/officers/o-1/check-ins")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"received\":2,\"stored\":1,\"duplicates\":1}")));
        String mutation = """
                mutation { checkIn(officerId: "o-1", checkIns: [
                  {clientId: "dev-1:1", at: "2026-11-02T18:00:00Z", lat: 51.51, lon: -0.13, accuracyMetres: 8},
                  {clientId: "dev-1:2", at: "2026-11-02T18:00:10Z", lat: 51.5101, lon: -0.1301, accuracyMetres: 9}])
                  { received stored duplicates } }""";
        graphql(token, mutation).body("errors", nullValue())
                .body("data.checkIn.duplicates", org.hamcrest.Matchers.equalTo(1));
        backends.verify(1, postRequestedFor(urlPathEqualTo("/api/officers/o-1/check-ins"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withRequestBody(matchingJsonPath("$.checkIns[1].clientId", equalTo("dev-1:2")))
                .withRequestBody(matchingJsonPath("$.checkIns[0].accuracyMetres", equalTo("8.0"))));

        backends.stubFor(post(urlPathEqualTo("/api/officers/o-1/check-ins"))
                .willReturn(refused("on-shift", "checkIns[0] was taken while the officer was not on a shift")));
        graphql(token, mutation)
                .body("errors[0].message", containsString("by rule on-shift"))
                .body("errors[0].message", containsString("not on a shift"));
        graphql(TestIssuer.token("ann", "analyst"), mutation)
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("forbidden"));
        backends.verify(2, postRequestedFor(urlPathEqualTo("/api/officers/o-1/check-ins")));
    }

    @Test
    void a_notice_carries_the_callers_key_and_a_repeated_mutation_with_that_key_gets_the_same_notice() {
        String token = TestIssuer.token("ian", "city-inspector");
        backends.stubFor(post(urlPathEqualTo("/api/v1/notices")).willReturn(created(NOTICE_JSON)));
        for (int attempt = 0; attempt < 2; attempt++) {
            graphql(token, NOTICE.formatted("idempotencyKey: \"ian-2026-11-01-1\","))
                    .body("errors", nullValue())
                    .body("data.issueNotice.id", org.hamcrest.Matchers.equalTo("n-1"));
        }
        backends.verify(2, postRequestedFor(urlPathEqualTo("/api/v1/notices"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withHeader("Idempotency-Key", equalTo("ian-2026-11-01-1"))
                .withRequestBody(matchingJsonPath("$.subject.dateOfBirth", equalTo("1990-04-01")))
                .withRequestBody(matchingJsonPath("$.issuingOfficer.staffNumber", equalTo("CI-04")))
                .withRequestBody(matchingJsonPath("$.conductCode", equalTo("STREET_DRINKING"))));
    }

    @Test
    void without_a_key_the_same_notice_input_derives_the_same_key_and_another_input_another_key() {
        backends.stubFor(post(urlPathEqualTo("/api/v1/notices")).willReturn(created(NOTICE_JSON)));
        String token = TestIssuer.token("ian", "city-inspector");
        graphql(token, NOTICE.formatted("")).body("errors", nullValue());
        graphql(token, NOTICE.formatted("")).body("errors", nullValue());
        graphql(token, NOTICE.formatted("").replace("2026-11-15", "2026-11-16")).body("errors", nullValue());
        List<String> keys = backends.findAll(postRequestedFor(urlPathEqualTo("/api/v1/notices"))).stream()
                .map(r -> r.getHeader("Idempotency-Key")).toList();
        org.junit.jupiter.api.Assertions.assertEquals(3, keys.size());
        org.junit.jupiter.api.Assertions.assertTrue(keys.get(0).matches("gateway-[0-9a-f]{64}"), keys.get(0));
        org.junit.jupiter.api.Assertions.assertEquals(keys.get(0), keys.get(1));
        org.junit.jupiter.api.Assertions.assertNotEquals(keys.get(0), keys.get(2));
    }

    @Test
    void a_notice_refused_by_a_statutory_rule_names_the_rule_and_is_never_retried() {
        backends.stubFor(post(urlPathEqualTo("/api/v1/notices")).willReturn(refused("warning-before-notice",
                "a CPN needs a warning for the same conduct whose time has passed")));
        graphql(TestIssuer.token("ian", "city-inspector"), NOTICE.formatted(""))
                .body("data.issueNotice", nullValue())
                .body("errors[0].message", containsString("enforcement-service rejected the request (HTTP 422) "
                        + "by rule warning-before-notice"))
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("backend-refused"))
                // the service's own problem, for a front end to put beside the field the rule concerns
                .body("errors[0].extensions.problem.rule", org.hamcrest.Matchers.equalTo("warning-before-notice"))
                .body("errors[0].extensions.problem.detail",
                        org.hamcrest.Matchers.equalTo("a CPN needs a warning for the same conduct whose time has passed"));
        backends.stubFor(post(urlPathEqualTo("/api/v1/notices")).willReturn(aResponse().withStatus(503)));
        graphql(TestIssuer.token("ian", "city-inspector"), NOTICE.formatted(""))
                .body("errors[0].message", containsString("enforcement-service failed (HTTP 503)"));
        backends.verify(2, postRequestedFor(urlPathEqualTo("/api/v1/notices")));
        graphql(TestIssuer.token("tom", "tasking-coordinator"), NOTICE.formatted(""))
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("forbidden"));
        graphql(TestIssuer.token("ian", "city-inspector"), NOTICE.formatted("idempotencyKey: \"  \","))
                .body("errors[0].message", containsString("idempotencyKey must be"));
        backends.verify(2, postRequestedFor(urlPathEqualTo("/api/v1/notices")));
    }

    @Test
    void a_payment_sends_the_expected_version_as_if_match_with_a_key_and_refusals_name_the_rule() {
        String token = TestIssuer.token("ea", "enforcement-admin");
        backends.stubFor(post(urlPathEqualTo("/api/v1/notices/n-7/payments")).willReturn(created("""
                {"id":"pay-1","noticeId":"n-7","amount":50.00,"paidOn":"2026-11-05","channel":"ONLINE",
                 "reference":"WCC-123","recordedBy":"ea"}""")));
        String mutation = """
                mutation { recordPayment(noticeId: "n-7", expectedVersion: 2,
                  payment: {amount: 50.00, paidOn: "2026-11-05", channel: "ONLINE", reference: "WCC-123"})
                  { id amount paidOn channel } }""";
        graphql(token, mutation).body("errors", nullValue())
                .body("data.recordPayment.paidOn", org.hamcrest.Matchers.equalTo("2026-11-05"));
        graphql(token, mutation.replace("expectedVersion: 2,", "idempotencyKey: \"pay-WCC-123\","))
                .body("errors", nullValue());
        backends.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/notices/n-7/payments"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withHeader("If-Match", equalTo("\"2\""))
                .withHeader("Idempotency-Key", matching("gateway-[0-9a-f]{64}"))
                .withRequestBody(matchingJsonPath("$.reference", equalTo("WCC-123")))
                .withRequestBody(matchingJsonPath("$.amount", equalTo("50.0"))));
        backends.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/notices/n-7/payments"))
                .withHeader("If-Match", absent())
                .withHeader("Idempotency-Key", equalTo("pay-WCC-123")));

        backends.stubFor(post(urlPathEqualTo("/api/v1/notices/n-7/payments"))
                .willReturn(refused("discount-period", "the discount ended on 2026-11-04: 100.00 is due")));
        graphql(token, mutation).body("errors[0].message", containsString("by rule discount-period"))
                .body("errors[0].message", containsString("100.00 is due"));
        graphql(TestIssuer.token("pc", "police-officer"), mutation)
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("forbidden"));
        backends.verify(3, postRequestedFor(urlPathEqualTo("/api/v1/notices/n-7/payments")));
    }
}
