package pact.enforcement;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.RoleRefusalContract;
import pact.testsupport.TestIssuer;

/** The enforcement API refuses unknown callers and the wrong roles with problem+json bodies. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class RefusalsTest extends RoleRefusalContract {

    @Override
    protected Response send(RequestSpecification request) {
        return request.when().get("/api/v1/pspos/" + UUID.randomUUID() + "/history");
    }

    @Override
    protected String refusedRole() {
        return "analyst";
    }

    @Override
    protected List<String> allowedRoles() {
        return List.of("enforcement-admin");
    }
}
