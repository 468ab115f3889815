package pact.reports;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.ProductionProfileContract;
import pact.testsupport.TestIssuer;

/** The production build of the reports API: management endpoints off the API port, HSTS on its answers. */
@QuarkusTest
@TestProfile(ProductionProfileContract.Production.class)
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class ProductionProfileTest extends ProductionProfileContract {

    @Override
    public String readablePath() {
        return "/api/reports";
    }

    @Override
    public String readerToken() {
        return TestIssuer.token("ann", "analyst");
    }
}
