package pact.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pact.testsupport.InjectWireMock;
import pact.testsupport.TestIssuer;

/**
 * Values that pass GraphQL's lenient scalars but cannot be used, and query texts that are not
 * Unicode, are refused in words that name the argument and the type, never as "System error"
 * or with Java class names, and nothing reaches a service (found by GraphqlGeneratedInputTest).
 */
@QuarkusTest
@WithTestResource(WireMockBackends.class)
@WithTestResource(TestIssuer.class)
class ArgumentErrorsTest {

    @InjectWireMock
    WireMockServer backends;

    @BeforeEach
    void reset() {
        backends.resetRequests();
    }

    static ValidatableResponse graphql(String role, String query, Map<String, Object> variables) {
        return given().auth().oauth2(TestIssuer.token("ann", role)).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql").then().statusCode(200);
    }

    @Test
    void an_int_beyond_32_bits_or_with_a_fraction_names_the_argument_and_its_range() {
        for (Object first : List.of(2147483648L, 1.5)) {
            graphql("analyst", "query($n: Int) { notices(first: $n) { totalCount } }", Map.of("n", first))
                    .body("errors[0].message", containsString("Argument 'first' of notices (Int) is not valid"))
                    .body("errors[0].message", containsString("not an Int (a whole number from -2147483648 to "
                            + "2147483647)"))
                    .body("errors[0].extensions.code", equalTo("invalid-argument"))
                    .body("errors[0].message", not(containsString("System error")));
        }
        assertEquals(0, backends.findAll(anyRequestedFor(anyUrl())).size());
    }

    @Test
    void text_where_an_input_object_needs_a_number_names_the_field_inside_it() {
        Map<String, Object> checkIn = Map.of("clientId", "c-1", "at", "2026-11-02T18:00:00Z", "lat", 51.51,
                "lon", "FOO", "accuracyMetres", 8.0);
        graphql("police-officer", "mutation($o: ID!, $c: [CheckInInput!]!) { checkIn(officerId: $o, checkIns: $c) "
                + "{ received } }", Map.of("o", "o-1", "c", List.of(checkIn)))
                .body("errors[0].message", containsString("checkIns[0].lon is \"FOO\", not a number"))
                .body("errors[0].message", not(containsString("pact.gateway")))
                .body("errors[0].message", not(containsString("StringValue")))
                .body("errors[0].extensions.code", equalTo("invalid-argument"));
        assertEquals(0, backends.findAll(anyRequestedFor(anyUrl())).size());
    }

    @Test
    void a_lone_surrogate_raw_or_escaped_is_refused_as_not_unicode() {
        graphql("analyst", "{ pspos(id: \"\uD800\") { id } }", Map.of())
                .body("errors[0].message", containsString("lone UTF-16 surrogate (U+D800)"))
                .body("errors[0].extensions.classification", equalTo("InvalidSyntax"));
        graphql("analyst", "{ pspos(id: \"\\uDC00x\") { id } }", Map.of())
                .body("errors[0].message", containsString("not valid GraphQL"))
                .body("errors[0].message", not(containsString("Unparseable")))
                .body("errors[0].extensions.classification", equalTo("InvalidSyntax"));
        // a pair written as two escapes is one character, and the query runs
        graphql("analyst", "{ a: __typename b: __type(name: \"\\uD83D\\uDE00\") { name } }", Map.of())
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.a", equalTo("Query"));
        assertEquals(0, backends.findAll(anyRequestedFor(anyUrl())).size());
    }
}
