package pact.enforcement.rest;

import static pact.testsupport.Api.as;
import static pact.testsupport.Api.asOfficer;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Requests and bodies shared by the v1 API tests. */
final class V1 {
    static final String REASON = "X-Access-Reason";

    private V1() {
    }

    static RequestSpecification inspector() {
        return asOfficer("cara", "CI-101", "city-inspector").header(REASON, "casework on a street drinking complaint");
    }

    static RequestSpecification admin() {
        return as("eve", "enforcement-admin").header(REASON, "legal review");
    }

    static RequestSpecification met() {
        return as("service-account-met-systems", "met-system").header(REASON, "Met records synchronisation");
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A notice body; {@code extra} is spliced in as further JSON members (start it with a comma). */
    static String notice(String type, String subject, String issuedAt, String extra) {
        return """
                {"type":"%s",
                 "subject":{"kind":"PERSON","name":"%s","dateOfBirth":"1990-04-01"},
                 "issuingOfficer":{"staffNumber":"CI-101","organisation":"WESTMINSTER_COUNCIL"},
                 "conduct":"Street drinking and abuse of passers-by on Old Compton Street",
                 "conductCode":"STREET_DRINKING",
                 "location":{"lat":51.5131,"lon":-0.1318},
                 "issuedAt":"%s"%s}""".formatted(type, subject, issuedAt, extra);
    }

    static ValidatableResponse issue(RequestSpecification as, String body) {
        return as.header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .when().post("/api/v1/notices").then();
    }

    static String issued(RequestSpecification as, String body) {
        return issue(as, body).statusCode(201).extract().path("id");
    }

    static String etag(String id) {
        return admin().when().get("/api/v1/notices/" + id).then().statusCode(200).extract().header("ETag");
    }

    static ValidatableResponse status(String id, String status, String on) {
        return admin().header("If-Match", etag(id)).body("{\"status\":\"" + status + "\",\"on\":\"" + on + "\"}")
                .when().post("/api/v1/notices/" + id + "/status").then();
    }
}
