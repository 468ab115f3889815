package pact.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.PersonalDataWalk;
import pact.testsupport.TestIssuer;

/**
 * Every read in the OpenAPI document that can return a reporter's or victim's details is called
 * without X-Access-Reason, on a real report, by a caller holding every reading role: each must
 * refuse or leave the personal data out.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class PersonalDataWalkTest {
    static final Set<String> PERSONAL = Set.of("personalData", "reporter", "victim", "email", "phone",
            "vulnerabilityFlags", "applicant", "dateOfBirth");

    @Test
    void no_read_returns_personal_data_without_a_stated_reason() {
        String id = ReportCaseHandlingTest.create(ReportCaseHandlingTest.report("NOISE", 51.5120, -0.1400,
                "2026-05-03T23:00:00Z", "PUBLIC"));
        // Open311's reads show only public reports: walk them with one made through Open311, which
        // carries the reporter's details inside PACT.
        String open311 = Open311Test.form("walk-key").when().post("/open311/v2/requests.json").then()
                .statusCode(201).extract().path("[0].service_request_id");
        var cell = pact.support.geo.CellId.containing(150,
                pact.support.geo.BritishNationalGrid.toGrid(51.5120, -0.1400));
        Map<String, String> values = Map.ofEntries(Map.entry("id", id), Map.entry("ids", id),
                Map.entry("reportId", id), Map.entry("service_request_id", open311),
                Map.entry("/open311/v2/requests/{id}.{format}", "/open311/v2/requests/" + open311 + ".json"),
                Map.entry("from", "2026-05-01T00:00:00Z"), Map.entry("to", "2026-05-31T00:00:00Z"),
                Map.entry("cells", cell.toString()), Map.entry("cell", cell.toString()), Map.entry("format", "json"),
                Map.entry("code", "asb-noise"));
        var openApi = PersonalDataWalk.openApi();
        List<String> reads = PersonalDataWalk.readsToWalk(openApi, PERSONAL);
        assertTrue(reads.contains("GET /api/reports/{id}"), "the walk found " + reads);
        String everyReader = TestIssuer.token("olivia", "council-officer", "police-officer", "tasking-coordinator",
                "analyst", "enforcement-admin");
        assertEquals(List.of(), PersonalDataWalk.violations(openApi, PERSONAL, values, everyReader));
    }
}
