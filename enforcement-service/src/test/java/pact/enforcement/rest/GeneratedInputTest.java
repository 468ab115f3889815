package pact.enforcement.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
 * At least 100 generated requests to every operation of the served OpenAPI document, by an
 * officer's login holding every role: none answers 5xx, every refusal is problem+json, and a
 * refused write stores nothing (no notice, payment, version or idempotency record).
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class GeneratedInputTest {
    @Inject
    AgroalDataSource database;

    @Test
    void no_generated_request_gets_a_5xx_and_no_refused_one_stores_anything() {
        String notice = V1.issued(V1.inspector(), V1.notice("COMMUNITY_PROTECTION_WARNING", V1.unique("Fuzz Subject"),
                "2026-06-01T21:30:00Z", ",\"complyBy\":\"2026-06-15\""));
        GeneratedRequests.Outcome outcome = GeneratedRequests.overServedDocument()
                .known(Map.of("id", notice, "ids", notice, "staffNumber", "CI-101",
                        "/api/v1/pspos/{id} id", "city-wide-dog-control",
                        "/api/v1/pspos/{id}/status id", "city-wide-dog-control",
                        "/api/v1/pspos/{id}/history id", "city-wide-dog-control",
                        "/api/v1/pspos/{id}/consultations id", "city-wide-dog-control",
                        "name", "cpw-minimum-comply-days"))
                .header("Authorization", "Bearer " + TestIssuer.officerToken("cara", "CI-101", "council-officer",
                        "city-inspector", "police-officer", "tasking-coordinator", "analyst", "enforcement-admin",
                        "partner", "met-system"))
                .header("X-Access-Reason", "generated-input test")
                // left out: the audit of reads, which records a refused read on purpose
                .stored(StoredRows.fingerprint(database, Set.of("audit_event")))
                .run();
        System.out.println(outcome.summary("enforcement-service"));
        assertEquals(List.of(), outcome.failures());
        assertTrue(outcome.operations() >= 25, outcome.summary("enforcement-service"));
        assertEquals(0, outcome.serverErrors());
    }
}
