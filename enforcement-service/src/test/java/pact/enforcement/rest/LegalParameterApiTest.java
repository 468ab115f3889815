package pact.enforcement.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static pact.enforcement.rest.V1.inspector;
import static pact.enforcement.rest.V1.issue;
import static pact.enforcement.rest.V1.notice;
import static pact.enforcement.rest.V1.unique;
import static pact.testsupport.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

/** The legal team changes the law's parameters through the API: from a future date, audited, no restart. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class LegalParameterApiTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    static String value(String name, LocalDate from, String value) {
        return "{\"name\":\"%s\",\"effectiveFrom\":\"%s\",\"value\":\"%s\",\"source\":\"Crime and Policing Act 2026\"}"
                .formatted(name, from, value);
    }

    static io.restassured.specification.RequestSpecification admin() {
        return as("eve", "enforcement-admin");
    }

    @Test
    void a_new_maximum_applies_from_its_date_without_a_restart_and_the_change_is_logged() {
        LocalDate from = TODAY.plusDays(30);
        admin().body(value("fixed-penalty.maximum", from, "800")).when().post("/api/v1/legal-parameters").then()
                .statusCode(201).body("value", equalTo("800"));
        admin().body(value("fixed-penalty.maximum", from, "750")).when().post("/api/v1/legal-parameters").then()
                .statusCode(200).body("value", equalTo("750"));
        admin().when().get("/api/v1/legal-parameters/changes").then().statusCode(200)
                .body("[0].oldValue", equalTo("800")).body("[0].newValue", equalTo("750"))
                .body("[0].actor", equalTo("eve"));
        admin().when().get("/api/v1/audit?entityId=fixed-penalty.maximum@" + from).then().statusCode(200)
                .body("items.action", hasItem("ALTER"));
        // a penalty for an offence today is still capped by the law in force today
        String penalty = notice("FIXED_PENALTY_PSPO_BREACH", unique("Pen Alty"), TODAY.minusDays(1) + "T13:00:00Z",
                ",\"behaviourCode\":\"DOG_FOULING\",\"amount\":600");
        issue(inspector(), penalty).statusCode(422).body("rule", equalTo("penalty-maximum"));
        admin().queryParam("reason", "commencement postponed").when()
                .delete("/api/v1/legal-parameters/fixed-penalty.maximum/" + from).then().statusCode(204);
    }

    @Test
    void the_past_is_never_edited() {
        admin().body(value("fixed-penalty.maximum", TODAY, "500")).when().post("/api/v1/legal-parameters").then()
                .statusCode(422).body("rule", equalTo("law-not-retroactive"));
        admin().body(value("fixed-penalty.maximum", LocalDate.of(2014, 10, 20), "500"))
                .when().post("/api/v1/legal-parameters").then().statusCode(422);
        admin().queryParam("reason", "x").when().delete("/api/v1/legal-parameters/fixed-penalty.maximum/2014-10-20")
                .then().statusCode(422).body("rule", equalTo("law-not-retroactive"));
    }

    @Test
    void unknown_names_and_values_a_parameter_cannot_hold_are_400s_naming_the_field() {
        LocalDate from = TODAY.plusDays(10);
        admin().body(value("fixed-penalty.maximmum", from, "500")).when().post("/api/v1/legal-parameters").then()
                .statusCode(400).body("errors[0].field", equalTo("name"));
        admin().body(value("fixed-penalty.maximum", from, "five hundred")).when().post("/api/v1/legal-parameters")
                .then().statusCode(400).body("errors[0].field", equalTo("value"));
        admin().body(value("power.CLOSURE_NOTICE", from, "police-officer,anyone")).when()
                .post("/api/v1/legal-parameters").then().statusCode(400).body("errors[0].field", equalTo("value"));
        admin().body(value("closure-notice.extending-authorities", from, "POLICE_SERGEANT,NOBODY")).when()
                .post("/api/v1/legal-parameters").then().statusCode(400);
    }

    @Test
    void only_the_legal_team_changes_the_law() {
        inspector().body(value("fixed-penalty.maximum", TODAY.plusDays(5), "500")).when()
                .post("/api/v1/legal-parameters").then().statusCode(403);
    }
}
