package pact.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pact.testsupport.InjectWireMock;
import pact.testsupport.TestIssuer;

/**
 * One request may cause at most 50 backend calls (pact.gateway.max-backend-calls); every alias
 * counts. Batched fields stay one call however many rows they resolve ({@link BatchingTest}).
 */
@QuarkusTest
@WithTestResource(WireMockBackends.class)
@WithTestResource(TestIssuer.class)
class BackendCallLimitsTest {

    @InjectWireMock
    WireMockServer backends;

    @BeforeEach
    void reset() {
        backends.resetAll();
        backends.stubFor(get(urlPathMatching("/api/reports/r-[0-9]+")).willReturn(okJson(
                PactQueriesTest.REPORT.formatted(""))));
    }

    static String aliasesOfReport(int n) {
        return IntStream.range(0, n).mapToObj(i -> "r" + i + ": report(id: \"r-" + i + "\") { id category }")
                .collect(Collectors.joining(" ", "{ ", " }"));
    }

    @Test
    void two_hundred_aliases_of_one_field_are_refused_before_any_backend_call() {
        String token = TestIssuer.token("ann", "analyst");
        PactQueriesTest.graphql(token, aliasesOfReport(200))
                .body("data", nullValue())
                .body("errors[0].message", containsString("200 backend calls"))
                .body("errors[0].message", containsString("at most 50"))
                .body("errors[0].extensions.code", equalTo("too-many-backend-calls"));
        assertEquals(0, backends.findAll(anyRequestedFor(anyUrl())).size());
    }

    @Test
    void aliases_up_to_the_cap_are_answered_one_call_each_and_one_more_is_refused() {
        String token = TestIssuer.token("ann", "analyst");
        // the gateway sends the 50 calls at once: warm its connections first, so a cold JVM does not time out
        PactQueriesTest.graphql(token, aliasesOfReport(10)).body("errors", nullValue());
        backends.resetRequests();
        PactQueriesTest.graphql(token, aliasesOfReport(50))
                .body("errors", nullValue())
                .body("data.r49.category", equalTo("STREET_DRINKING"));
        // one call per alias (a retry on a slow machine asks the same URL again)
        assertEquals(50, backends.findAll(anyRequestedFor(anyUrl())).stream().map(r -> r.getUrl()).distinct().count());

        backends.resetRequests();
        PactQueriesTest.graphql(token, aliasesOfReport(51))
                .body("errors[0].extensions.code", equalTo("too-many-backend-calls"));
        assertEquals(0, backends.findAll(anyRequestedFor(anyUrl())).size());
    }
}
