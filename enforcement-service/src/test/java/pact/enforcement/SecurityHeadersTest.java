package pact.enforcement;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.SecurityHeadersContract;
import pact.testsupport.TestIssuer;

/** Every answer of the enforcement API carries the security headers and may not be cached. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class SecurityHeadersTest extends SecurityHeadersContract {

    @Override
    public String readablePath() {
        return "/api/v1/pspos";
    }

    @Override
    public String readerToken() {
        return TestIssuer.token("eve", "enforcement-admin");
    }
}
