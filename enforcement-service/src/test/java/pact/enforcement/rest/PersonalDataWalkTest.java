package pact.enforcement.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pact.enforcement.rest.V1.inspector;
import static pact.enforcement.rest.V1.issued;
import static pact.enforcement.rest.V1.notice;
import static pact.enforcement.rest.V1.unique;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.PersonalDataWalk;
import pact.testsupport.TestIssuer;

/**
 * Every read in the OpenAPI document that can return a notice's subject is called without
 * X-Access-Reason, on a real notice, by a caller holding every reading role: each must refuse or
 * leave the subject out.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class PersonalDataWalkTest {
    static final Set<String> PERSONAL = Set.of("subject", "subjectName", "dateOfBirth", "subjectDateOfBirth");

    @Test
    void no_read_returns_a_subject_without_a_stated_reason() {
        String report = UUID.randomUUID().toString();
        String task = UUID.randomUUID().toString();
        String name = unique("Walk Er");
        String id = issued(inspector(), notice("COMMUNITY_PROTECTION_WARNING", name, "2026-06-01T18:00:00Z",
                ",\"complyBy\":\"2026-06-15\",\"reportId\":\"" + report + "\",\"taskId\":\"" + task + "\""));
        Map<String, String> values = Map.ofEntries(Map.entry("id", id), Map.entry("reportId", report),
                Map.entry("taskId", task), Map.entry("staffNumber", "CI-101"),
                Map.entry("orderId", "south-westminster-on-street-asb"), Map.entry("name", name),
                Map.entry("since", "0"), Map.entry("on", "2026-06-01"), Map.entry("withinDays", "30"),
                Map.entry("/api/v1/pspos/{id}", "/api/v1/pspos/south-westminster-on-street-asb"),
                Map.entry("/api/v1/pspos/{id}/history", "/api/v1/pspos/south-westminster-on-street-asb/history"));
        var openApi = PersonalDataWalk.openApi();
        List<String> reads = PersonalDataWalk.readsToWalk(openApi, PERSONAL);
        assertTrue(reads.containsAll(List.of("GET /api/notices", "GET /api/notices/{id}", "GET /api/v1/notices/{id}",
                "GET /api/v1/notices/by-report", "GET /api/v1/changes")), "the walk found " + reads);
        String everyReader = TestIssuer.token("eve", "enforcement-admin", "met-system", "police-officer");
        assertEquals(List.of(), PersonalDataWalk.violations(openApi, PERSONAL, values, everyReader));
    }
}
