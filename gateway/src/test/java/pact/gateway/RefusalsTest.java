package pact.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import pact.testsupport.RefusalContract;
import pact.testsupport.TestIssuer;

/**
 * The GraphQL endpoint refuses a caller it does not know over plain HTTP, with a problem+json
 * body; roles are checked inside GraphQL and answered as GraphQL errors (PactQueriesTest).
 */
@QuarkusTest
@WithTestResource(WireMockBackends.class)
@WithTestResource(TestIssuer.class)
class RefusalsTest extends RefusalContract {

    @Override
    protected Response send(RequestSpecification request) {
        return request.body(Map.of("query", "{ reports { totalCount } }")).when().post("/graphql");
    }
}
