package pact.tasking;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
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
