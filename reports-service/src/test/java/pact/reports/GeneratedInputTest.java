package pact.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.GeneratedRequests;
import pact.testsupport.StoredRows;
import pact.testsupport.TestIssuer;

/**
 * At least 100 generated requests to every operation of the served OpenAPI document (the Open311
 * ones too), by a caller holding every role: none answers 5xx, every API refusal is problem+json,
 * and a refused write stores nothing. Its own profile (a fresh application and database) lifts
 * Open311's per-minute limits, so that the requests reach validation instead of the limit.
 */
@QuarkusTest
@TestProfile(GeneratedInputTest.Limitless.class)
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class GeneratedInputTest {
    public static class Limitless implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pact.open311.submissions-per-minute", "1000000",
                    "pact.open311.reads-per-minute", "1000000");
        }
    }

    @Inject
    AgroalDataSource database;

    @Test
    void no_generated_request_gets_a_5xx_and_no_refused_one_stores_anything() {
        String id = ReportCaseHandlingTest.create(ReportCaseHandlingTest.report("NOISE", 51.5120, -0.1400,
                "2026-05-03T23:00:00Z", "PUBLIC"));
        String open311 = Open311Test.form("walk-key").when().post("/open311/v2/requests.json").then()
                .statusCode(201).extract().path("[0].service_request_id");
        GeneratedRequests.Outcome outcome = GeneratedRequests.overServedDocument()
                .known(Map.of("id", id, "ids", id, "reportId", id, "format", "json", "code", "asb-noise",
                        "service_code", "asb-noise", "api_key", "walk-key", "cells", "150m-3533-1204",
                        "service_request_id", open311))
                .header("Authorization", "Bearer " + TestIssuer.officerToken("olivia", "PC-1041",
                        "council-officer", "city-inspector", "police-officer", "tasking-coordinator", "analyst",
                        "enforcement-admin", "partner"))
                .header("X-Access-Reason", "generated-input test")
                // left out: the audit of personal-data reads, and import jobs, which keep a refused
                // file's job (FAILED, with the reason, nothing imported) so the importer can see why
                .stored(StoredRows.fingerprint(database, Set.of("personal_data_access", "import_job")))
                .run();
        System.out.println(outcome.summary("reports-service"));
        assertEquals(List.of(), outcome.failures());
        assertTrue(outcome.operations() >= 15, outcome.summary("reports-service"));
        assertEquals(0, outcome.serverErrors());
    }
}
