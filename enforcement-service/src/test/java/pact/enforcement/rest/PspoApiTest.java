package pact.enforcement.rest;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static pact.enforcement.rest.V1.admin;
import static pact.enforcement.rest.V1.inspector;
import static pact.enforcement.rest.V1.issue;
import static pact.enforcement.rest.V1.notice;
import static pact.enforcement.rest.V1.unique;
import static pact.testsupport.Api.as;
import static pact.testsupport.Api.asOfficer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

/** The PSPO register: the seeded orders, the point lookup, and penalties valid only where an order applies. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class PspoApiTest {
    // Victoria Street, in Vincent Square/St James's wards; Marylebone High Street is not in South Westminster.
    static final String VICTORIA = "lat=51.4975&lon=-0.1357";
    static final String MARYLEBONE = "lat=51.5203&lon=-0.1517";

    @Test
    void the_register_is_seeded_from_the_published_orders_and_South_Westminster() {
        as("ann", "analyst").when().get("/api/v1/pspos").then().statusCode(200)
                .body("id", hasItems("city-wide-controlled-drinking-zone", "city-wide-dog-control",
                        "street-gambling-bridges", "south-westminster-on-street-asb"))
                .body("find { it.id == 'south-westminster-on-street-asb' }.activeFrom", equalTo("2026-09-01"))
                .body("find { it.id == 'street-gambling-bridges' }.area", equalTo(null))
                .body("find { it.id == 'street-gambling-bridges' }.areaNote", org.hamcrest.Matchers.containsString("No fixed penalty can rest on this order"));
    }

    @Test
    void the_lookup_answers_which_orders_apply_at_a_point_time_and_behaviour() {
        inspector().when().get("/api/v1/pspos/applicable?" + VICTORIA + "&at=2026-09-02T12:00:00Z&behaviour=ON_STREET_ASB")
                .then().statusCode(200).body("orderId", hasItem("south-westminster-on-street-asb"));
        inspector().when().get("/api/v1/pspos/applicable?" + VICTORIA + "&at=2026-08-31T12:00:00Z&behaviour=ON_STREET_ASB")
                .then().body("orderId", empty());
        inspector().when().get("/api/v1/pspos/applicable?" + MARYLEBONE + "&at=2026-09-02T12:00:00Z&behaviour=ON_STREET_ASB")
                .then().body("orderId", empty());
        inspector().when().get("/api/v1/pspos/applicable?" + MARYLEBONE + "&at=2026-09-02T12:00:00Z")
                .then().body("orderId", hasItems("city-wide-controlled-drinking-zone", "city-wide-dog-control"));
        // Outside the borough (Waterloo, Lambeth).
        inspector().when().get("/api/v1/pspos/applicable?lat=51.5033&lon=-0.1134&at=2026-09-02T12:00:00Z")
                .then().body("orderId", empty());
        inspector().when().get("/api/v1/pspos/applicable?lat=91&lon=0").then().statusCode(400)
                .body("errors.field", hasItem("lat"));
    }

    @Test
    void a_PSPO_penalty_is_refused_outside_the_area_period_or_behaviour() {
        String inside = notice("FIXED_PENALTY_PSPO_BREACH", unique("Paul Spo"), "2026-09-05T12:00:00Z",
                ",\"behaviourCode\":\"ON_STREET_ASB\"").replace("51.5131", "51.4975").replace("-0.1318", "-0.1357");
        issue(inspector(), inside).statusCode(201).body("pspoOrderId", equalTo("south-westminster-on-street-asb"));
        issue(inspector(), inside.replace("2026-09-05", "2026-08-25")).statusCode(422)
                .body("rule", equalTo("penalty-needs-pspo-breach"))
                .body("detail", org.hamcrest.Matchers.containsString("is not yet in force (from 2026-09-01)"));
        issue(inspector(), inside.replace("51.4975", "51.5203").replace("-0.1357", "-0.1517")).statusCode(422)
                .body("rule", equalTo("penalty-needs-pspo-breach"))
                .body("detail", org.hamcrest.Matchers.containsString("outside the area of South Westminster"));
        issue(inspector(), inside.replace("ON_STREET_ASB", "STREET_GAMBLING")).statusCode(422)
                .body("rule", equalTo("penalty-needs-pspo-breach"))
                .body("detail", org.hamcrest.Matchers.containsString("does not prohibit STREET_GAMBLING"))
                .body("detail", org.hamcrest.Matchers.containsString("has no mapped area on record"));
    }

    @Test
    void an_order_goes_through_consultation_is_made_for_at_most_three_years_and_its_hours_apply() {
        String id = "soho-night-" + UUID.randomUUID().toString().substring(0, 8);
        String order = """
                {"id":"%s","name":"Soho night noise","areaDescription":"Soho Square",
                 "area":{"type":"Polygon","coordinates":[[[-0.134,51.514],[-0.130,51.514],[-0.130,51.517],[-0.134,51.517],[-0.134,51.514]]]},
                 "prohibitions":[{"code":"AMPLIFIED_NOISE","wording":"No amplified music","from":"22:00","to":"06:00"}]}"""
                .formatted(id);
        asOfficer("cara", "CI-101", "city-inspector").header("Idempotency-Key", "k").body(order).when().post("/api/v1/pspos")
                .then().statusCode(403);
        String key = UUID.randomUUID().toString();
        admin().header("Idempotency-Key", key).body(order).when().post("/api/v1/pspos").then().statusCode(201)
                .body("status", equalTo("DRAFT"));
        admin().header("Idempotency-Key", key).body(order).when().post("/api/v1/pspos").then().statusCode(201)
                .header("Idempotent-Replayed", "true");
        admin().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(order.replace("\"Polygon\"", "\"Point\"").replace(id, id + "-x")).when().post("/api/v1/pspos")
                .then().statusCode(400).body("errors.field", hasItem("area"));

        step(id, "{\"status\":\"MADE\",\"on\":\"2026-01-10\"}").statusCode(422).body("rule", equalTo("pspo-lifecycle"));
        step(id, "{\"status\":\"CONSULTATION\",\"on\":\"2025-11-01\"}").statusCode(200);
        step(id, "{\"status\":\"MADE\",\"on\":\"2026-01-10\",\"activeTo\":\"2028-01-09\"}").statusCode(422)
                .body("rule", equalTo("pspo-consultation-required"));
        admin().body("{\"consultees\":\"Met, PCC, residents, land owners\",\"openedOn\":\"2025-11-01\",\"closedOn\":\"2025-12-12\"}")
                .when().post("/api/v1/pspos/" + id + "/consultations").then().statusCode(200)
                .body("consultations.size()", equalTo(1));
        step(id, "{\"status\":\"MADE\",\"on\":\"2026-01-10\",\"activeTo\":\"2029-01-10\"}").statusCode(422)
                .body("rule", equalTo("pspo-maximum-duration"));
        step(id, "{\"status\":\"MADE\",\"on\":\"2026-01-10\",\"activeTo\":\"2029-01-09\"}").statusCode(200)
                .body("status", equalTo("MADE"));

        String point = "lat=51.5155&lon=-0.132&behaviour=AMPLIFIED_NOISE";
        inspector().when().get("/api/v1/pspos/applicable?" + point + "&at=2026-06-01T22:30:00Z")
                .then().body("orderId", hasItem(id));
        inspector().when().get("/api/v1/pspos/applicable?" + point + "&at=2026-06-01T12:00:00Z")
                .then().body("orderId", not(hasItem(id)));
        admin().when().get("/api/v1/pspos/" + id + "/history").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.contains("DRAFT", "CONSULTATION", "CONSULTATION", "MADE"));
    }

    static io.restassured.response.ValidatableResponse step(String id, String body) {
        String etag = admin().when().get("/api/v1/pspos/" + id).then().extract().header("ETag");
        return admin().header("If-Match", etag).body(body).when().post("/api/v1/pspos/" + id + "/status").then();
    }
}
