package pact.enforcement.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pact.enforcement.rest.V1.admin;
import static pact.enforcement.rest.V1.inspector;
import static pact.enforcement.rest.V1.issued;
import static pact.enforcement.rest.V1.met;
import static pact.enforcement.rest.V1.notice;
import static pact.enforcement.rest.V1.unique;
import static pact.testsupport.Api.as;
import static pact.testsupport.Api.asOfficer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pact.enforcement.domain.Notice;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

/** The Met enforcement API's contract: idempotency, optimistic concurrency, cursors, change feed, bulk reads, audit. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class MetApiContractTest {

    @Inject
    EntityManager em;

    static String warning(String subject) {
        return notice("COMMUNITY_PROTECTION_WARNING", subject, "2026-06-01T18:00:00Z", ",\"complyBy\":\"2026-06-15\"");
    }

    static long count() {
        return QuarkusTransaction.requiringNew().call(() -> Notice.count());
    }

    @Test
    void a_retried_create_returns_the_first_answer_and_stores_one_notice() {
        String key = UUID.randomUUID().toString();
        String body = warning(unique("Ida Empotent"));
        String first = met().header("Idempotency-Key", key).body(body).when().post("/api/v1/notices")
                .then().statusCode(201).header("Idempotent-Replayed", "false").header("ETag", "\"0\"")
                .header("Location", containsString("/api/v1/notices/")).extract().path("id");
        long after = count();
        met().header("Idempotency-Key", key).body(body).when().post("/api/v1/notices")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertEquals(after, count());
        met().header("Idempotency-Key", key).body(warning(unique("Other Body"))).when().post("/api/v1/notices")
                .then().statusCode(422).body("rule", equalTo("idempotency-key-reuse"));
        met().body(body).when().post("/api/v1/notices")
                .then().statusCode(400).body("errors.field", hasItem("Idempotency-Key"));
    }

    @Test
    void concurrent_retries_with_one_key_create_one_notice() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = warning(unique("Con Current"));
        long before = count();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> met().header("Idempotency-Key", key).body(body)
                        .when().post("/api/v1/notices").then().statusCode(201).extract().<String>path("id")));
            }
            List<String> ids = new ArrayList<>();
            for (var answer : answers) {
                ids.add(answer.get());
            }
            assertEquals(1, ids.stream().distinct().count(), ids.toString());
        } finally {
            pool.shutdown();
        }
        assertEquals(before + 1, count());
    }

    @Test
    void a_refused_create_is_not_remembered_so_a_corrected_retry_with_the_same_key_succeeds() {
        String key = UUID.randomUUID().toString();
        String subject = unique("Kim Retry");
        met().header("Idempotency-Key", key).body(notice("COMMUNITY_PROTECTION_WARNING", subject,
                "2026-06-01T18:00:00Z", "")).when().post("/api/v1/notices")
                .then().statusCode(422).body("rule", equalTo("warning-time-allowed"));
        met().header("Idempotency-Key", key).body(warning(subject)).when().post("/api/v1/notices").then().statusCode(201);
    }

    @Test
    void changes_need_the_current_ETag() {
        String id = issued(inspector(), warning(unique("Etta Tag")));
        String change = "{\"status\":\"COMPLIED\",\"on\":\"2026-06-10\"}";
        admin().body(change).when().post("/api/v1/notices/" + id + "/status").then().statusCode(428);
        admin().header("If-Match", "\"7\"").body(change).when().post("/api/v1/notices/" + id + "/status")
                .then().statusCode(412);
        String etag = V1.etag(id);
        String next = admin().header("If-Match", etag).body(change).when().post("/api/v1/notices/" + id + "/status")
                .then().statusCode(200).body("status", equalTo("COMPLIED")).extract().header("ETag");
        assertNotEquals(etag, next);
        admin().header("If-Match", etag).body("{\"status\":\"WITHDRAWN\",\"on\":\"2026-06-10\"}")
                .when().post("/api/v1/notices/" + id + "/status").then().statusCode(412);
    }

    @Test
    void cursor_pages_never_repeat_or_skip_and_reading_needs_a_reason() {
        for (int i = 0; i < 3; i++) {
            issued(inspector(), warning(unique("Page Subject")));
        }
        asOfficer("cara", "CI-101", "city-inspector").when().get("/api/v1/notices?limit=2").then().statusCode(400)
                .body("errors.field", hasItem("X-Access-Reason"));
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var page = inspector().queryParam("limit", 2).queryParam("type", "COMMUNITY_PROTECTION_WARNING")
                    .queryParam("cursor", cursor == null ? "" : cursor)
                    .when().get("/api/v1/notices").then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertEquals(seen.size(), seen.stream().distinct().count());
        assertTrue(seen.size() >= 3);
        inspector().queryParam("cursor", "not-a-cursor").when().get("/api/v1/notices").then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
    }

    @Test
    void the_change_feed_returns_every_change_after_a_cursor_in_order() {
        String start = met().when().get("/api/v1/changes?since=0&limit=500").then().statusCode(200)
                .extract().path("nextCursor");
        // Drain to the end so that the next read only sees what this test does.
        String cursor = start;
        while (true) {
            String next = met().when().get("/api/v1/changes?since=" + cursor + "&limit=500").then()
                    .extract().path("nextCursor");
            if (next.equals(cursor)) {
                break;
            }
            cursor = next;
        }
        String id = issued(inspector(), warning(unique("Fee D")));
        V1.status(id, "COMPLIED", "2026-06-10").statusCode(200);
        met().when().get("/api/v1/changes?since=" + cursor).then().statusCode(200)
                .body("items.noticeId", hasItem(id))
                .body("items.findAll { it.noticeId == '" + id + "' }.change", contains("CREATED", "STATUS"))
                .body("items.findAll { it.noticeId == '" + id + "' }.notice.status", everyItem(equalTo("COMPLIED")))
                .body("nextCursor", not(equalTo(cursor)));
        asOfficer("cara", "CI-101", "city-inspector").header("X-Access-Reason", "x").when().get("/api/v1/changes").then().statusCode(403);
        // reports-service follows the feed with its own token, so that reports record the notices that name them
        pact.testsupport.Api.as("service-account-reports-service", "pact-service")
                .header("X-Access-Reason", "report lifecycle").when().get("/api/v1/changes?since=" + cursor)
                .then().statusCode(200).body("items.noticeId", hasItem(id));
        met().when().get("/api/v1/changes?since=x").then().statusCode(400)
                .body("errors.field", hasItem("since"));
    }

    @Test
    void bulk_reads_answer_many_keys_in_one_call_in_the_order_asked() {
        UUID reportA = UUID.randomUUID();
        UUID reportB = UUID.randomUUID();
        UUID task = UUID.randomUUID();
        String subject = unique("Bulk Subject");
        String first = issued(inspector(), warning(subject).replace("}\n", "}")
                .replace("\"complyBy\"", "\"reportId\":\"" + reportA + "\",\"taskId\":\"" + task + "\",\"complyBy\""));
        String second = issued(inspector(), warning(unique("Other")).replace("\"complyBy\"",
                "\"reportId\":\"" + reportB + "\",\"complyBy\""));
        inspector().when().get("/api/v1/notices/by-report?reportId=" + reportB + "," + UUID.randomUUID() + "&reportId="
                + reportA).then().statusCode(200)
                .body("key", contains(equalTo(reportB.toString()), org.hamcrest.Matchers.anything(),
                        equalTo(reportA.toString())))
                .body("[0].notices.id", contains(second)).body("[1].notices.size()", equalTo(0))
                .body("[2].notices.id", contains(first));
        inspector().when().get("/api/v1/notices/by-task?taskId=" + task).then().body("[0].notices.id", contains(first));
        inspector().when().get("/api/v1/notices/by-ids?id=" + second + "&id=" + first + "&id=" + UUID.randomUUID())
                .then().statusCode(200).body("id", contains(second, first));
        inspector().queryParam("name", subject.toUpperCase()).queryParam("dateOfBirth", "1990-04-01")
                .when().get("/api/v1/notices/by-subject").then().body("id", contains(first));
        inspector().when().get("/api/v1/notices/by-ids?id=nope").then().statusCode(400).body("errors.field", hasItem("id"));
        inspector().when().get("/api/v1/notices/by-officer?staffNumber=PC-NOBODY&staffNumber=CI-101").then().statusCode(200)
                .body("key", contains("PC-NOBODY", "CI-101"))
                .body("[0].notices.size()", equalTo(0))
                .body("[1].notices.id", hasItem(first));
        inspector().when().get("/api/v1/notices/by-pspo?orderId=city-wide-controlled-drinking-zone").then()
                .statusCode(200).body("[0].key", equalTo("city-wide-controlled-drinking-zone"));
        inspector().when().get("/api/v1/notices/by-officer").then().statusCode(400)
                .body("errors.field", hasItem("staffNumber"));
    }

    @Test
    void every_read_and_change_is_logged_with_who_and_why_and_the_log_cannot_be_changed() {
        String id = issued(inspector(), warning(unique("Audrey Log")));
        inspector().when().get("/api/v1/notices/" + id).then().statusCode(200);
        V1.status(id, "COMPLIED", "2026-06-12").statusCode(200);
        as("eve", "enforcement-admin").when().get("/api/v1/audit?entityId=" + id).then().statusCode(200)
                .body("items.action", hasItem("COLLECT")).body("items.action", hasItem("CONSULT"))
                .body("items.action", hasItem("ALTER"))
                .body("items.reason", hasItem("casework on a street drinking complaint"))
                .body("items.actor", hasItem("cara"));
        asOfficer("cara", "CI-101", "city-inspector").when().get("/api/v1/audit").then().statusCode(403);
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("UPDATE audit_event SET reason = 'rewritten'").executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("DELETE FROM audit_event").executeUpdate()));
        as("eve", "enforcement-admin").when().get("/api/v1/audit?entityId=" + id).then()
                .body("items.reason", not(hasItem("rewritten")));
    }

    @Test
    void entity_history_keeps_every_committed_version() {
        String id = issued(inspector(), warning(unique("Hist Ory")));
        V1.status(id, "BREACHED", "2026-06-16").statusCode(200);
        admin().when().get("/api/v1/notices/" + id + "/history").then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(2))
                .body("notice.status", contains("ISSUED", "BREACHED"))
                .body("[0].committedAt", notNullValue());
        inspector().when().get("/api/v1/notices/" + id + "/history").then().statusCode(403);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "conduct code not a code | \"conductCode\":\"STREET_DRINKING\" | \"conductCode\":\"street drinking\" | conductCode",
            "CCTV without a camera | \"complyBy\" | \"evidence\":[{\"kind\":\"CCTV\",\"from\":\"2026-06-01T17:00:00Z\",\"to\":\"2026-06-01T18:00:00Z\"}],\"complyBy\" | evidence[0].cameraId",
            "CCTV range backwards | \"complyBy\" | \"evidence\":[{\"kind\":\"CCTV\",\"cameraId\":\"WCC-040\",\"from\":\"2026-06-01T18:00:00Z\",\"to\":\"2026-06-01T17:00:00Z\"}],\"complyBy\" | evidence[0].to",
            "body-worn video without an id | \"complyBy\" | \"evidence\":[{\"kind\":\"BODY_WORN_VIDEO\"}],\"complyBy\" | evidence[0].reference",
            "amount with fractions of a penny | \"complyBy\" | \"amount\":10.001,\"complyBy\" | amount",
            "offence after issue | \"complyBy\" | \"offenceAt\":\"2026-06-02T18:00:00Z\",\"complyBy\" | offenceAt",
            "unknown field | \"complyBy\" | \"colour\":\"red\",\"complyBy\" | colour",
    })
    void bad_input_is_a_400_naming_the_field_and_nothing_is_stored(String name, String find, String replace,
            String field) {
        long before = count();
        met().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(warning(unique("Val Idation")).replace(find, replace)).when().post("/api/v1/notices")
                .then().statusCode(400).contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
                .body("errors.field", hasItem(field));
        assertEquals(before, count());
    }

    @Test
    void the_v1_api_needs_a_token_and_a_role_with_the_power() {
        pact.testsupport.Api.anonymous().header("Idempotency-Key", "k").body(warning("Anon"))
                .when().post("/api/v1/notices").then().statusCode(401);
        as("ann", "analyst").header("Idempotency-Key", "k").body(warning("Anon"))
                .when().post("/api/v1/notices").then().statusCode(403);
        as("pat", "partner").header("X-Access-Reason", "curious").when().get("/api/v1/notices").then().statusCode(403);
        as("olivia", "council-officer").header("X-Access-Reason", "x").when()
                .get("/api/v1/notices/by-ids?id=" + UUID.randomUUID()).then().statusCode(403);
        met().body("{\"amount\":100,\"paidOn\":\"2026-06-01\",\"channel\":\"CHEQUE\",\"reference\":\"R\"}")
                .header("Idempotency-Key", "pay-1").when().post("/api/v1/notices/" + UUID.randomUUID() + "/payments")
                .then().statusCode(400).body("errors.field", hasItem("channel"));
    }

    @Test
    void the_openapi_document_describes_the_v1_api() {
        io.restassured.RestAssured.given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/notices"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/changes"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/pspos/applicable"));
    }

    @Test
    void reads_by_id_or_key_without_a_reason_leave_the_subject_out_and_log_no_personal_read() {
        UUID report = UUID.randomUUID();
        String id = issued(inspector(), warning(unique("Quiet Read")).replace("\"complyBy\"",
                "\"reportId\":\"" + report + "\",\"complyBy\""));
        long audited = auditEntriesFor(id);
        var noReason = asOfficer("cara", "CI-101", "city-inspector");
        noReason.when().get("/api/v1/notices/by-report?reportId=" + report).then().statusCode(200)
                .body("[0].notices.id", contains(id)).body("[0].notices[0].subject", org.hamcrest.Matchers.nullValue())
                .body("[0].notices[0].type", equalTo("COMMUNITY_PROTECTION_WARNING"));
        asOfficer("cara", "CI-101", "city-inspector").when().get("/api/v1/notices/by-ids?id=" + id).then()
                .statusCode(200).body("[0].subject", org.hamcrest.Matchers.nullValue());
        asOfficer("cara", "CI-101", "city-inspector").when().get("/api/v1/notices/" + id).then()
                .statusCode(200).body("subject", org.hamcrest.Matchers.nullValue()).body("version", notNullValue());
        assertEquals(audited, auditEntriesFor(id), "a read without personal data is not logged as one");

        inspector().when().get("/api/v1/notices/by-report?reportId=" + report).then().statusCode(200)
                .body("[0].notices[0].subject.name", containsString("Quiet Read"));
        assertEquals(audited + 1, auditEntriesFor(id), "a read of the subject is logged");
        // a search by the person stays refused without a reason
        asOfficer("cara", "CI-101", "city-inspector").queryParam("name", "Quiet Read").when()
                .get("/api/v1/notices/by-subject").then().statusCode(400).body("errors.field", hasItem("X-Access-Reason"));
    }

    long auditEntriesFor(String noticeId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM audit_event WHERE entity_id = :id AND action IN ('CONSULT', 'DISCLOSE')")
                .setParameter("id", noticeId).getSingleResult()).longValue());
    }

    @Test
    void the_first_slice_create_and_read_announce_their_sunset_and_successor() {
        String id = met().body(warning(unique("Old Client"))).when().post("/api/notices").then().statusCode(201)
                .header("Deprecation", "@1796256000").header("Sunset", "Wed, 30 Jun 2027 00:00:00 GMT")
                .header("Link", "</api/v1/notices>; rel=\"successor-version\"").extract().path("id");
        met().when().get("/api/notices/" + id).then().statusCode(200)
                .header("Link", "</api/v1/notices/" + id + ">; rel=\"successor-version\"");
        // the list the gateway reads is not deprecated, and a hostile id never reaches a header
        met().when().get("/api/notices").then().statusCode(200).header("Deprecation", org.hamcrest.Matchers.nullValue());
        met().when().get("/api/notices/%0d%0aX-Evil:1").then().statusCode(400)
                .header("Link", "</api/v1/notices/{id}>; rel=\"successor-version\"").header("X-Evil", org.hamcrest.Matchers.nullValue());
        io.restassured.RestAssured.given().queryParam("format", "json").when().get("/q/openapi").then()
                .body("paths.'/api/notices'.post.deprecated", equalTo(true))
                .body("paths.'/api/notices'.post.responses.'201'.headers.Sunset.schema.type", equalTo("string"))
                .body("paths.'/api/notices'.get.deprecated", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void an_empty_requirements_list_from_a_generated_client_changes_nothing_outside_modified() {
        String id = issued(inspector(), warning(unique("Gen Client")).replace("\"complyBy\"",
                "\"requirements\":[{\"text\":\"Stop playing amplified music\"}],\"complyBy\""));
        admin().header("If-Match", V1.etag(id))
                .body("{\"status\":\"COMPLIED\",\"on\":\"2026-06-10\",\"requirements\":[],\"breachedRequirements\":[]}")
                .when().post("/api/v1/notices/" + id + "/status").then().statusCode(200)
                .body("status", equalTo("COMPLIED"))
                .body("requirements[0].text", equalTo("Stop playing amplified music"));
        String other = issued(inspector(), warning(unique("Gen Client")));
        admin().header("If-Match", V1.etag(other))
                .body("{\"status\":\"COMPLIED\",\"on\":\"2026-06-10\",\"requirements\":[{\"text\":\"x\"}]}")
                .when().post("/api/v1/notices/" + other + "/status").then().statusCode(400)
                .body("errors.field", hasItem("requirements"));
    }
}
