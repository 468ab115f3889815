package pact.tasking;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pact.testsupport.Api.anonymous;
import static pact.testsupport.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pact.tasking.domain.Officer;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class OfficerResourceTest {

    static String officer(String staffNumber, String organisation, String role) {
        return """
                {"staffNumber":"%s","displayName":"Officer %s","organisation":"%s","role":"%s",
                 "mode":"BIKE","team":"PACT"}""".formatted(staffNumber, staffNumber, organisation, role);
    }

    @Test
    void a_coordinator_adds_a_city_inspector_who_has_no_dispersal_power() {
        String id = as("tara", "tasking-coordinator").body(officer("CI-101", "WESTMINSTER_COUNCIL", "CITY_INSPECTOR"))
                .when().post("/api/officers")
                .then().statusCode(201)
                .body("powers", hasItems("COMMUNITY_PROTECTION_WARNING", "FIXED_PENALTY_NOTICE"))
                .body("powers", not(hasItem("DISPERSAL_DIRECTION")))
                .extract().path("id");
        as("pc", "police-officer").when().get("/api/officers/" + id).then().statusCode(200)
                .body("staffNumber", equalTo("CI-101"));
    }

    @Test
    void a_met_officer_has_the_dispersal_power() {
        as("tara", "tasking-coordinator").body(officer("PC-2201", "MET_POLICE", "POLICE_CONSTABLE"))
                .when().post("/api/officers")
                .then().statusCode(201).body("powers", hasItem("DISPERSAL_DIRECTION"));
    }

    @Test
    void lists_are_paged_sorted_and_filtered() {
        as("tara", "tasking-coordinator").body(officer("PC-3001", "MET_POLICE", "POLICE_CONSTABLE"))
                .when().post("/api/officers").then().statusCode(201);
        as("tara", "tasking-coordinator").when()
                .get("/api/officers?organisation=MET_POLICE&sort=staffNumber,desc&size=1")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].organisation", equalTo("MET_POLICE"));
    }

    @Test
    void security_401_without_token_403_with_wrong_role() {
        anonymous().body(officer("X-1", "MET_POLICE", "POLICE_CONSTABLE")).when().post("/api/officers")
                .then().statusCode(401);
        as("ann", "analyst").body(officer("X-1", "MET_POLICE", "POLICE_CONSTABLE")).when().post("/api/officers")
                .then().statusCode(403);
        as("ann", "analyst").when().get("/api/officers").then().statusCode(403);
    }

    @Test
    void a_second_officer_with_the_same_staff_number_is_a_409() {
        as("tara", "tasking-coordinator").body(officer("CI-777", "WESTMINSTER_COUNCIL", "CITY_INSPECTOR"))
                .when().post("/api/officers").then().statusCode(201);
        long before = count();
        as("tara", "tasking-coordinator").body(officer("CI-777", "WESTMINSTER_COUNCIL", "CITY_INSPECTOR"))
                .when().post("/api/officers").then().statusCode(409)
                .contentType(startsWith("application/problem+json"));
        assertEquals(before, count());
    }

    @Test
    void a_coordinator_links_an_officer_to_a_login_finds_the_officer_by_it_and_unlinks_it() {
        String id = as("tara", "tasking-coordinator").body(officer("PC-4101", "MET_POLICE", "POLICE_CONSTABLE"))
                .when().post("/api/officers").then().statusCode(201).body("login", nullValue()).extract().path("id");
        as("tara", "tasking-coordinator").body("{\"login\":\"pc-4101\"}").when().put("/api/officers/" + id + "/login")
                .then().statusCode(200).body("id", equalTo(id)).body("login", equalTo("pc-4101"));
        // linking it again is no change
        as("tara", "tasking-coordinator").body("{\"login\":\"pc-4101\"}").when().put("/api/officers/" + id + "/login")
                .then().statusCode(200).body("login", equalTo("pc-4101"));
        as("pc", "police-officer").when().get("/api/officers/" + id).then().statusCode(200)
                .body("login", equalTo("pc-4101"));
        as("pc", "police-officer").when().get("/api/officers?login=pc-4101").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].staffNumber", equalTo("PC-4101"));

        as("tara", "tasking-coordinator").when().delete("/api/officers/" + id + "/login")
                .then().statusCode(200).body("id", equalTo(id)).body("login", nullValue());
        as("tara", "tasking-coordinator").when().get("/api/officers?login=pc-4101").then().statusCode(200)
                .body("totalItems", equalTo(0));
        // unlinking an officer without a login is no change either
        as("tara", "tasking-coordinator").when().delete("/api/officers/" + id + "/login").then().statusCode(200);
    }

    @Test
    void a_login_is_kept_in_lower_case_as_the_realm_keeps_user_names() {
        String id = as("tara", "tasking-coordinator").body(officer("PC-4102", "MET_POLICE", "POLICE_CONSTABLE"))
                .when().post("/api/officers").then().statusCode(201).extract().path("id");
        as("tara", "tasking-coordinator").body("{\"login\":\"PC-4102\"}").when().put("/api/officers/" + id + "/login")
                .then().statusCode(200).body("login", equalTo("pc-4102"));
        as("tara", "tasking-coordinator").when().get("/api/officers?login=PC-4102").then().statusCode(200)
                .body("items.id", equalTo(java.util.List.of(id)));
    }

    @Test
    void a_login_linked_to_another_officer_is_a_409_and_changes_nothing() {
        String first = as("tara", "tasking-coordinator").body(officer("CI-4201", "WESTMINSTER_COUNCIL", "CITY_INSPECTOR"))
                .when().post("/api/officers").then().statusCode(201).extract().path("id");
        String second = as("tara", "tasking-coordinator").body(officer("CI-4202", "WESTMINSTER_COUNCIL", "CITY_INSPECTOR"))
                .when().post("/api/officers").then().statusCode(201).extract().path("id");
        as("tara", "tasking-coordinator").body("{\"login\":\"ci-4201\"}").when().put("/api/officers/" + first + "/login")
                .then().statusCode(200);
        as("tara", "tasking-coordinator").body("{\"login\":\"ci-4202\"}").when().put("/api/officers/" + second + "/login")
                .then().statusCode(200);
        as("tara", "tasking-coordinator").body("{\"login\":\"ci-4201\"}").when().put("/api/officers/" + second + "/login")
                .then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("CI-4201"));
        as("tara", "tasking-coordinator").when().get("/api/officers/" + first).then().body("login", equalTo("ci-4201"));
        as("tara", "tasking-coordinator").when().get("/api/officers/" + second).then().body("login", equalTo("ci-4202"));
    }

    @Test
    void only_a_coordinator_links_a_login_an_unknown_officer_is_a_404_and_a_bad_login_a_400() {
        String id = as("tara", "tasking-coordinator").body(officer("PC-4301", "MET_POLICE", "POLICE_CONSTABLE"))
                .when().post("/api/officers").then().statusCode(201).extract().path("id");
        // an officer cannot link their own login to someone else's record, nor remove a link
        as("pc", "police-officer").body("{\"login\":\"pc\"}").when().put("/api/officers/" + id + "/login")
                .then().statusCode(403);
        as("pc", "police-officer").when().delete("/api/officers/" + id + "/login").then().statusCode(403);
        anonymous().body("{\"login\":\"pc\"}").when().put("/api/officers/" + id + "/login").then().statusCode(401);

        String unknown = java.util.UUID.randomUUID().toString();
        as("tara", "tasking-coordinator").body("{\"login\":\"pc-4301\"}").when().put("/api/officers/" + unknown + "/login")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        as("tara", "tasking-coordinator").when().delete("/api/officers/" + unknown + "/login").then().statusCode(404);

        for (String bad : java.util.List.of("{\"login\":\"\"}", "{\"login\":\"pc 4301; drop\"}", "{}")) {
            as("tara", "tasking-coordinator").body(bad).when().put("/api/officers/" + id + "/login")
                    .then().statusCode(400).contentType(startsWith("application/problem+json"))
                    .body("errors.field", hasItem("login"));
        }
        as("tara", "tasking-coordinator").when().get("/api/officers/" + id).then().body("login", nullValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "role outside the organisation | PC-9 | MET_POLICE | CITY_INSPECTOR | role",
            "unknown organisation | PC-9 | CITY_OF_LONDON | POLICE_CONSTABLE | organisation",
            "blank staff number | '' | MET_POLICE | POLICE_CONSTABLE | staffNumber",
            "odd characters in staff number | PC 9; DROP | MET_POLICE | POLICE_CONSTABLE | staffNumber",
    })
    void bad_input_is_a_400_problem_naming_the_field(String name, String staff, String org, String role,
            String field) {
        long before = count();
        as("tara", "tasking-coordinator").body(officer(staff, org, role)).when().post("/api/officers")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(field));
        assertEquals(before, count());
    }

    static long count() {
        return QuarkusTransaction.requiringNew().call(() -> Officer.count());
    }
}
