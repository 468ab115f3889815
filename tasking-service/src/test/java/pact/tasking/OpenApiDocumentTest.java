package pact.tasking;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.OpenApiDocumentContract;
import pact.testsupport.TestIssuer;

/** The served OpenAPI document is what integrators' generators and linters need. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class OpenApiDocumentTest extends OpenApiDocumentContract {

    @org.junit.jupiter.api.Test
    void the_create_example_is_accepted_as_it_stands() throws Exception {
        sendsItsRequestExamples("/api/tasks", pact.testsupport.Api.as("tara", "tasking-coordinator"), 201);
    }
}
