package pact.reports;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import pact.reports.feeds.ServiceToken;
import pact.testsupport.TestIssuer;

/**
 * reports-service's own token, from the test issuer instead of Keycloak's client-credentials grant
 * (the end-to-end test in local-stack uses the real grant against the real realm).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestServiceToken extends ServiceToken {
    @Override
    public synchronized String bearer() {
        return TestIssuer.token("service-account-reports-service", "pact-service");
    }
}
