package pact.enforcement.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pact.enforcement.rest.V1.admin;
import static pact.enforcement.rest.V1.inspector;
import static pact.enforcement.rest.V1.issue;
import static pact.enforcement.rest.V1.notice;
import static pact.enforcement.rest.V1.unique;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

/** Hostile or mistaken input to the notices API is a 400 (or 413) problem+json naming the field, never a 500. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class HostileInputTest {
    static final String ISSUED = "2026-05-01T18:00:00Z";

    @TestHTTPResource("/api/v1/notices")
    URI noticesUri;

    static ValidatableResponse refused(ValidatableResponse response, String field) {
        return response.statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo(field));
    }

    /** A warning that would be issued as it stands. */
    static String warning(String subject, String extra) {
        return notice("COMMUNITY_PROTECTION_WARNING", subject, ISSUED, ",\"complyBy\":\"2026-05-10\"" + extra);
    }

    static void nothingStoredFor(String subject) {
        inspector().queryParam("name", subject).when().get("/api/v1/notices/by-subject").then()
                .statusCode(200).body("$", hasSize(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+300000-01-01T00:00:00Z", "1850-01-01T00:00:00Z"})
    void an_audit_date_filter_far_out_of_range_is_a_400_naming_it(String from) {
        refused(admin().queryParam("from", from).when().get("/api/v1/audit").then(), "from");
    }

    @Test
    void an_audit_page_number_far_out_of_range_is_a_400_naming_it() {
        refused(admin().queryParam("page", "1000000000").queryParam("size", "500").when().get("/api/v1/audit").then(),
                "page");
    }

    @Test
    void a_date_of_birth_filter_far_out_of_range_is_a_400_naming_it() {
        refused(inspector().queryParam("name", "Sam").queryParam("dateOfBirth", "+300000-01-01")
                .when().get("/api/v1/notices/by-subject").then(), "dateOfBirth");
    }

    @Test
    void a_nul_byte_in_a_text_filter_or_a_path_id_is_a_400_naming_it() {
        refused(inspector().urlEncodingEnabled(false).when().get("/api/v1/notices/by-subject?name=Sam%00").then(),
                "name");
        refused(inspector().urlEncodingEnabled(false).when().get("/api/v1/notices/by-officer?staffNumber=CI%00").then(),
                "staffNumber");
        refused(admin().urlEncodingEnabled(false).when().get("/api/v1/pspos/soho%00").then(), "id");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"issuedAt\":\"" + ISSUED + "\"|\"issuedAt\":\"1850-01-01T12:00:00Z\"|issuedAt",
        "\"issuedAt\":\"" + ISSUED + "\"|\"issuedAt\":\"0001-01-01T12:00:00Z\"|issuedAt",
        "\"dateOfBirth\":\"1990-04-01\"|\"dateOfBirth\":\"1800-04-01\"|subject.dateOfBirth",
        "\"conductCode\"|\"offenceAt\":\"0001-01-01T00:00:00Z\",\"conductCode\"|offenceAt",
        "\"complyBy\":\"2026-05-10\"|\"complyBy\":\"9999-01-01\"|complyBy",
        "\"conductCode\"|\"requirements\":[{\"text\":\"Stop\",\"deadline\":\"9999-01-01\"}],\"conductCode\""
                + "|requirements[0].deadline",
        "\"conduct\":\"Street|\"conduct\":\"\\u0000Street|conduct",
        "\"conduct\":\"Street|\"conduct\":\"\\u202EStreet|conduct",
        "\"location\"|\"locationDescription\":\"Soho\\u200BSquare\",\"location\"|locationDescription",
    })
    void an_implausible_time_or_unclean_text_in_a_notice_is_a_400_naming_the_field(String from, String to,
            String field) {
        String subject = unique("Hostile Subject");
        String body = warning(subject, "");
        assertTrue(body.contains(from), body);
        refused(issue(inspector(), body.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to))), field);
        nothingStoredFor(subject);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sam\\u202EreknirD", "Sam\\u200BDrinker", "Sam\\u2067Drinker", "\\uFEFFSam", "Sam\\u0000"})
    void a_subject_name_with_an_override_zero_width_or_nul_character_is_a_400_naming_it(String name) {
        refused(issue(inspector(), warning(name, "")), "subject.name");
    }

    @Test
    void a_name_in_a_script_that_joins_with_zero_width_characters_is_accepted() {
        issue(inspector(), warning("\u0633\u0627\u0631\u0627\u200C\u06cc " + UUID.randomUUID(), ""))
                .statusCode(201);
    }

    @Test
    void a_number_where_the_name_belongs_is_a_400_naming_it() {
        String body = warning("NUMBER", "").replace("\"name\":\"NUMBER\"", "\"name\":12345");
        refused(issue(inspector(), body), "subject.name").body("errors[0].message", containsString("string"));
    }

    @Test
    void a_key_given_twice_is_a_400_naming_it_rather_than_the_last_one_winning() {
        String subject = unique("Twice Named");
        String body = warning(subject, "").replace("\"kind\":\"PERSON\"", "\"kind\":\"PERSON\",\"kind\":\"BODY\"");
        refused(issue(inspector(), body), "subject.kind").body("errors[0].message", containsString("more than once"));
        String top = warning(subject, ",\"conductCode\":\"NOISE\"");
        refused(issue(inspector(), top), "conductCode");
        nothingStoredFor(subject);
    }

    @Test
    void a_chunked_body_over_the_limit_is_refused_with_413_and_nothing_is_stored() throws Exception {
        String subject = unique("Chunked Subject");
        // a valid notice after 10 MB of white space: were the limit not enforced on the bytes read, it would be stored
        byte[] notice = warning(subject, "").getBytes(StandardCharsets.UTF_8);
        byte[] blank = new byte[1024 * 1024];
        Arrays.fill(blank, (byte) ' ');
        InputStream body = new SequenceInputStream(java.util.Collections.enumeration(java.util.stream.Stream
                .concat(java.util.stream.Stream.generate(() -> (InputStream) new ByteArrayInputStream(blank)).limit(10),
                        java.util.stream.Stream.of(new ByteArrayInputStream(notice)))
                .toList()));
        HttpRequest request = HttpRequest.newBuilder(noticesUri)
                .header("Authorization", "Bearer " + TestIssuer.officerToken("cara", "CI-101", "city-inspector"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode(), response.body());
        assertEquals("application/problem+json",
                response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(response.body().contains("\"status\":413"), response.body());
        nothingStoredFor(subject);
    }
}
