package pact.gateway.graphql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import org.junit.jupiter.api.Test;

class QueryLimitsTest {

    static String queryOf(int tokens) {
        return "{ report(id: \"r-1\") { " + "id ".repeat(tokens - 10) + "} }";
    }

    @Test
    void the_token_limit_reaches_the_parser_graphql_java_uses_for_operations() {
        QueryLimits.limitTokens(4000); // the gateway's configured limit, so the shared default is unchanged
        assertTrue(ParseAndValidate.parse(ExecutionInput.newExecutionInput(queryOf(4400)).build()).isFailure());
        assertFalse(ParseAndValidate.parse(ExecutionInput.newExecutionInput(queryOf(3990)).build()).isFailure());
    }
}
