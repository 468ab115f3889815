package pact.stack;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import pact.stack.StackLayout.App;

/** The platform's APIs end to end, on the real stack ({@link RealStack}). */
@ExtendWith(RealStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformEndToEndIT {
    static StackLayout layout;
    static PactApi api;

    @BeforeAll
    static void connect() {
        layout = RealStack.layout();
        api = new PactApi(layout);
    }

    @Test
    @Order(1)
    void the_demo_data_is_loaded_the_18_officers_and_the_june_2018_records() {
        String coordinator = api.passwordToken("tom", "tom-pact");
        graphql(coordinator, "{ officers(first: 1) { totalCount } reports(first: 1) { totalCount } }")
                .body("errors", nullValue())
                .body("data.officers.totalCount", equalTo(18))
                .body("data.reports.totalCount", greaterThanOrEqualTo(1095));
    }

    @Test
    @Order(2)
    void a_council_officer_reports_and_reads_it_back_through_graphql() {
        String officer = api.passwordToken("olivia", "olivia-pact");
        String id = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("""
                        {"qualifier":"NUISANCE","category":"STREET_DRINKING",
                         "description":"End-to-end: drinking on the steps of St Martin-in-the-Fields",
                         "location":{"lat":51.5089,"lon":-0.1268},
                         "occurredAt":"2026-11-01T22:00:00Z","source":"CITY_INSPECTOR"}""")
                .when().post(layout.url(App.REPORTS) + "/api/reports")
                .then().log().ifValidationFails().statusCode(201)
                .extract().path("id");

        graphql(officer, "{ reports(first: 50, category: \"STREET_DRINKING\", from: \"2026-11-01T21:00:00Z\", "
                + "to: \"2026-11-01T23:00:00Z\") { edges { node { id ward { name } } } } }")
                .body("errors", nullValue())
                .body("data.reports.edges.node.id", hasItem(id));
    }

    @Test
    @Order(3)
    void a_met_system_with_client_credentials_records_a_notice() {
        String metSystem = api.clientToken("met-systems", "met-systems-local-secret");
        given().auth().oauth2(metSystem).contentType(ContentType.JSON)
                .body("""
                        {"type":"COMMUNITY_PROTECTION_WARNING",
                         "subject":{"kind":"PERSON","name":"E2E Subject","dateOfBirth":"1990-04-01"},
                         "issuingOfficer":{"staffNumber":"PC-1041","organisation":"MET_POLICE"},
                         "conduct":"Persistent amplified busking after 22:00 on Leicester Square",
                         "location":{"lat":51.5103,"lon":-0.1302},
                         "issuedAt":"2026-11-01T22:15:00Z","complyBy":"2026-11-15"}""")
                .when().post(layout.url(App.ENFORCEMENT) + "/api/notices")
                .then().log().ifValidationFails().statusCode(201)
                .body("recordedBy", equalTo("service-account-met-systems"));
    }

    @Test
    @Order(4)
    void no_token_is_401_and_a_wrong_role_is_403_on_every_service() {
        for (App service : StackLayout.SERVICES) {
            String list = Map.of(App.REPORTS, "/api/reports", App.TASKING, "/api/officers",
                    App.ENFORCEMENT, "/api/notices").get(service);
            given().when().get(layout.url(service) + list).then().statusCode(401);
        }
        String partner = api.passwordToken("pat", "pat-pact");
        given().auth().oauth2(partner).when().get(layout.url(App.ENFORCEMENT) + "/api/notices")
                .then().statusCode(403);
        given().auth().oauth2(api.passwordToken("ann", "ann-pact")).contentType(ContentType.JSON).body("{}")
                .when().post(layout.url(App.TASKING) + "/api/officers").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("query", "{ reports { totalCount } }"))
                .when().post(layout.url(App.GATEWAY) + "/graphql").then().statusCode(401);
    }

    /**
     * The README's own token and GraphQL examples, read from README.md and run against this stack
     * (its ports moved by the stack's offset), so that they cannot go stale.
     */
    @Test
    @Order(5)
    void the_readme_examples_work_as_written() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(RealStack.root().resolve("README.md"));
        int start = readme.indexOf("TOKEN=$(curl");
        String example = readme.substring(start, readme.indexOf("```", start)).replace("\\\n", " ");
        java.util.regex.Matcher grant = java.util.regex.Pattern.compile(
                "client_id=(\\S+) -d username=(\\S+)\\s+-d password=(\\S+) (http\\S+)").matcher(example);
        org.junit.jupiter.api.Assertions.assertTrue(grant.find(), "the README's token example: " + example);
        String tokenUrl = grant.group(4).replace(":8180", ":" + layout.keycloakPort());
        String token = given().formParam("grant_type", "password").formParam("client_id", grant.group(1))
                .formParam("username", grant.group(2)).formParam("password", grant.group(3))
                .when().post(tokenUrl).then().statusCode(200).extract().path("access_token");
        java.util.regex.Matcher query = java.util.regex.Pattern.compile("-d '(\\{\"query\".*?\\})'").matcher(example);
        org.junit.jupiter.api.Assertions.assertTrue(query.find(), "the README's GraphQL example: " + example);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(query.group(1))
                .when().post(layout.url(App.GATEWAY) + "/graphql")
                .then().log().ifValidationFails().statusCode(200)
                .body("errors", nullValue())
                .body("data.reports.edges.size()", equalTo(3));
    }

    /**
     * Each officer of the roster is a login of the realm: its token names the officer by the claim
     * staff_number (which enforcement-service reads), and it posts that officer's check-ins, not a
     * colleague's.
     */
    @Test
    @Order(6)
    void every_officer_signs_in_as_themself_and_posts_no_colleague_s_check_ins() {
        JsonNode roster = PactApi.read(given().auth().oauth2(api.passwordToken("tom", "tom-pact"))
                .when().get(layout.url(App.TASKING) + "/api/officers?size=100")
                .then().statusCode(200).extract().asString()).path("items");
        assertEquals(18, roster.size());
        List<String> tokens = new ArrayList<>();
        for (JsonNode officer : roster) {
            String login = officer.path("login").asText(null);
            assertNotNull(login, () -> "officer " + officer.path("staffNumber").asText() + " has no login");
            String token = api.passwordToken(login, login + "-pact");
            assertEquals(officer.path("staffNumber").asText(), claims(token).path("staff_number").asText(null),
                    () -> "the staff_number claim of " + login);
            tokens.add(token);
        }
        String checkIn = """
                {"checkIns":[{"clientId":"e2e-%d","at":"%s","lat":51.5103,"lon":-0.1302,"accuracyMetres":8}]}"""
                .formatted(System.nanoTime(), java.time.Instant.now());
        for (int i = 0; i < roster.size(); i++) {
            JsonNode officer = roster.get(i);
            String colleague = tokens.get((i + 1) % roster.size());
            given().auth().oauth2(colleague).contentType(ContentType.JSON).body(checkIn)
                    .when().post(layout.url(App.TASKING) + "/api/officers/" + officer.path("id").asText() + "/check-ins")
                    .then().log().ifValidationFails().statusCode(403)
                    .body("rule", equalTo("own-check-ins"))
                    .body("detail", containsString(officer.path("staffNumber").asText()));
        }
        // and the officer's own token is not refused for who it is (on the demo shift it is stored)
        given().auth().oauth2(tokens.get(0)).contentType(ContentType.JSON).body(checkIn)
                .when().post(layout.url(App.TASKING) + "/api/officers/" + roster.get(0).path("id").asText()
                        + "/check-ins")
                .then().log().ifValidationFails().statusCode(either(equalTo(200)).or(equalTo(422)));
    }

    /** The claims of a JWT, read without checking the signature: the services check that, not this test. */
    static JsonNode claims(String jwt) {
        return PactApi.read(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    @Test
    @Order(7)
    void every_report_acknowledged_before_reports_service_crashes_is_there_after_its_restart() throws Exception {
        String officer = api.passwordToken("olivia", "olivia-pact");
        String report = "{\"qualifier\":\"NUISANCE\",\"category\":\"NOISE\",\"description\":\"Crash test: amplified "
                + "music on Greek Street\",\"location\":{\"lat\":51.5140,\"lon\":-0.1310},"
                + "\"occurredAt\":\"2026-11-02T22:00:00Z\",\"source\":\"CITY_INSPECTOR\"}";
        java.util.Set<String> acknowledged = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicBoolean crashed = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            clients.submit(() -> {
                while (!crashed.get()) {
                    try {
                        var answer = given().auth().oauth2(officer).contentType(ContentType.JSON).body(report)
                                .when().post(layout.url(App.REPORTS) + "/api/reports");
                        if (answer.statusCode() == 201) {
                            acknowledged.add(answer.path("id"));
                        }
                    } catch (RuntimeException connectionLost) {
                        // the service went away mid-request: an answer never given acknowledged nothing
                    }
                }
                return null;
            });
        }
        long deadline = System.currentTimeMillis() + 60_000;
        while (acknowledged.size() < 40 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        RealStack.stack().crash(App.REPORTS);
        crashed.set(true);
        clients.shutdown();
        clients.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
        RealStack.stack().restart(App.REPORTS);
        List<String> lost = new ArrayList<>();
        for (String id : acknowledged) {
            int status = given().auth().oauth2(officer).when().get(layout.url(App.REPORTS) + "/api/reports/" + id)
                    .statusCode();
            if (status != 200) {
                lost.add(id + " (" + status + ")");
            }
        }
        assertEquals(List.of(), lost, "acknowledged with 201 before the crash, of " + acknowledged.size());
        org.junit.jupiter.api.Assertions.assertTrue(acknowledged.size() >= 40, "only " + acknowledged.size());
    }

    @Test
    @Order(8)
    void with_tasking_service_down_the_gateway_answers_with_partial_data_naming_it_and_in_full_after_restart() {
        String coordinator = api.passwordToken("tom", "tom-pact");
        String query = "{ reports(first: 1) { totalCount } tasks(first: 1) { totalCount } }";
        RealStack.stack().crash(App.TASKING);
        try {
            graphql(coordinator, query)
                    .body("data.reports.totalCount", greaterThanOrEqualTo(1095))
                    .body("data.tasks", nullValue())
                    .body("errors[0].message", containsString("tasking-service"));
        } finally {
            RealStack.stack().restart(App.TASKING);
        }
        graphql(coordinator, query).body("errors", nullValue())
                .body("data.tasks.totalCount", greaterThanOrEqualTo(0));
    }

    @Test
    @Order(9)
    void with_the_reports_database_killed_intake_answers_503_and_nothing_acknowledged_is_lost() throws Exception {
        String officer = api.passwordToken("olivia", "olivia-pact");
        String report = "{\"qualifier\":\"NUISANCE\",\"category\":\"NOISE\",\"description\":\"Database crash "
                + "test: shouting on Dean Street\",\"location\":{\"lat\":51.5138,\"lon\":-0.1325},"
                + "\"occurredAt\":\"2026-11-02T23:00:00Z\",\"source\":\"CITY_INSPECTOR\"}";
        java.util.Set<String> acknowledged = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Map<String, Integer> otherAnswers = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicInteger answeredWhileDown = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger acknowledgedAfterRestart = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger phase = new java.util.concurrent.atomic.AtomicInteger(); // 0 up, 1 down, 2 back, 3 stop
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            clients.submit(() -> {
                while (phase.get() < 3) {
                    int during = phase.get();
                    io.restassured.response.Response answer;
                    try {
                        answer = given().auth().oauth2(officer).contentType(ContentType.JSON).body(report)
                                .when().post(layout.url(App.REPORTS) + "/api/reports");
                    } catch (RuntimeException e) {
                        otherAnswers.merge("no answer: " + e, 1, Integer::sum);
                        continue;
                    }
                    if (answer.statusCode() == 201) {
                        acknowledged.add(answer.path("id"));
                        if (during == 2) {
                            acknowledgedAfterRestart.incrementAndGet();
                        }
                    } else {
                        boolean retryAfter = answer.statusCode() == 503 && answer.header("Retry-After") != null;
                        otherAnswers.merge(answer.statusCode() + (retryAfter ? " with Retry-After" : ""), 1,
                                Integer::sum);
                        if (during == 1) {
                            answeredWhileDown.incrementAndGet();
                        }
                    }
                }
                return null;
            });
        }
        awaitCount(acknowledged::size, 40);
        RealStack.stack().crashDatabase(App.REPORTS);
        phase.set(1);
        awaitCount(answeredWhileDown::get, 20);
        RealStack.stack().restartDatabase(App.REPORTS);
        phase.set(2);
        awaitCount(acknowledgedAfterRestart::get, 20);
        phase.set(3);
        clients.shutdown();
        clients.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);

        List<String> lost = new ArrayList<>();
        for (String id : acknowledged) {
            int status = given().auth().oauth2(officer).when().get(layout.url(App.REPORTS) + "/api/reports/" + id)
                    .statusCode();
            if (status != 200) {
                lost.add(id + " (" + status + ")");
            }
        }
        assertEquals(List.of(), lost, "acknowledged with 201 around the crash, of " + acknowledged.size());
        // while the database was down, every answer was 503 with Retry-After: never a 500
        assertEquals(Set.of("503 with Retry-After"), otherAnswers.keySet(), "answers other than 201: " + otherAnswers);
        org.junit.jupiter.api.Assertions.assertTrue(answeredWhileDown.get() >= 20, otherAnswers.toString());
        org.junit.jupiter.api.Assertions.assertTrue(acknowledgedAfterRestart.get() >= 20,
                "intake did not come back after the database restarted: " + acknowledgedAfterRestart.get());
    }

    @Test
    @Order(10)
    void a_resident_who_reports_through_fixmystreet_hears_that_officers_were_tasked_and_patrolled() throws Exception {
        // the report, formed as FixMyStreet's Open311 client forms it
        String fixMyStreetId = Long.toString(System.currentTimeMillis());
        String form = "api_key=" + PactStack.DEMO_OPEN311_KEY + "&service_code=asb-street-drinking"
                + "&lat=51.51285&long=-0.12745&address_string=Leicester+Square%2C+London"
                + "&description=Group+drinking+by+the+fountain+every+night%0D%0ABottles+left+on+the+steps"
                + "&email=resident%40example.org&first_name=Rosa&last_name=Resident"
                + "&attribute%5Bfixmystreet_id%5D=" + fixMyStreetId
                + "&attribute%5Boccurred_at%5D=2026-12-01T21%3A30";
        String created = given().contentType("application/x-www-form-urlencoded; charset=utf-8").body(form)
                .when().post(layout.url(App.REPORTS) + "/open311/v2/requests.xml")
                .then().log().ifValidationFails().statusCode(201).extract().asString();
        String report = created.replaceAll("(?s).*<service_request_id>([^<]+)</service_request_id>.*", "$1");

        // inside PACT: the coordinator tasks an officer to it, who patrols and completes the task
        String coordinator = api.passwordToken("tom", "tom-pact");
        String officer = given().auth().oauth2(coordinator).when()
                .get(layout.url(App.TASKING) + "/api/officers?size=1").then().statusCode(200)
                .extract().path("items[0].id");
        java.time.Instant now = java.time.Instant.now();
        String task = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("""
                {"title":"Leicester Square drinking","objective":"VISIBLE_PATROL","area":{"cellId":"150m-3530-1206"},
                 "reportIds":["%s"],"priority":"HIGH","windowStart":"%s","windowEnd":"%s"}"""
                .formatted(report, now, now.plusSeconds(4 * 3600)))
                .when().post(layout.url(App.TASKING) + "/api/tasks").then().log().ifValidationFails().statusCode(201)
                .extract().path("id");
        for (String move : List.of("{\"to\":\"ASSIGNED\",\"officerIds\":[\"" + officer + "\"]}",
                "{\"to\":\"IN_PROGRESS\"}", "{\"to\":\"COMPLETED\",\"outcome\":\"Group moved on\"}")) {
            given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(move)
                    .when().post(layout.url(App.TASKING) + "/api/tasks/" + task + "/transitions")
                    .then().log().ifValidationFails().statusCode(200);
        }

        // FixMyStreet polls for updates: the work reaches the resident, with a status it understands
        String updatesUrl = layout.url(App.REPORTS) + "/open311/v2/servicerequestupdates.xml?api_key="
                + PactStack.DEMO_OPEN311_KEY + "&start_date=" + now.minusSeconds(60);
        String updates = "";
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline
                && !(updates.contains(report) && updates.contains("Officers have patrolled this location."))) {
            Thread.sleep(500);
            updates = given().when().get(updatesUrl).then().statusCode(200).extract().asString();
        }
        String mine = java.util.Arrays.stream(updates.split("<request_update>"))
                .filter(u -> u.contains("<service_request_id>" + report + "</service_request_id>"))
                .reduce("", String::concat);
        org.junit.jupiter.api.Assertions.assertTrue(mine.contains("Officers have been tasked to patrol this location."),
                "the assignment reached the resident: " + updates);
        org.junit.jupiter.api.Assertions.assertTrue(mine.contains("Officers have patrolled this location."),
                "the completed patrol reached the resident: " + updates);
        org.junit.jupiter.api.Assertions.assertTrue(mine.contains("<status>ACTION_SCHEDULED</status>"), mine);
        org.junit.jupiter.api.Assertions.assertFalse(mine.contains("Group moved on"),
                "the outcome is a staff note, not for the resident: " + mine);
        // staff see the same lifecycle, with the notes
        String staff = api.passwordToken("olivia", "olivia-pact");
        given().auth().oauth2(staff).when().get(layout.url(App.REPORTS) + "/api/reports/" + report + "/updates")
                .then().statusCode(200)
                .body("kind", hasItem("TASK_COMPLETED"))
                .body("internalNote", hasItem(containsString("Group moved on")));
    }

    /** Waits (at most a minute) until the count reaches n. */
    static void awaitCount(java.util.function.IntSupplier count, int n) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (count.getAsInt() < n && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
    }

    static io.restassured.response.ValidatableResponse graphql(String token, String query) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("query", query))
                .when().post(layout.url(App.GATEWAY) + "/graphql")
                .then().log().ifValidationFails().statusCode(200);
    }
}
