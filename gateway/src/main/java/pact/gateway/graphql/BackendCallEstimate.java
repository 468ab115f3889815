package pact.gateway.graphql;

import graphql.ExecutionResult;
import graphql.TrivialDataFetcher;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.PropertyDataFetcher;
import java.util.Map;
import pact.gateway.client.BackendCallBudget;

/**
 * Refuses, before anything runs, a query whose resolvers could make more backend calls than one
 * request may. Each field with a resolver of its own (a root field or a batched {@code @Source}
 * field) counts once for every place it appears, so each alias counts; a plain property of an
 * answer counts nothing, and neither does introspection. A batched field is one call however
 * many rows it resolves, which is why the count ignores list sizes.
 */
final class BackendCallEstimate extends SimplePerformantInstrumentation {
    private final int max;

    BackendCallEstimate(int max) {
        this.max = max;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        GraphQLSchema schema = context.getGraphQLSchema();
        int calls = QueryComplexityCalculator.newCalculator()
                .fieldComplexityCalculator((field, children) -> calls(schema, field) + children)
                .schema(schema)
                .document(context.getDocument())
                .operationName(context.getExecutionInput().getOperationName())
                .variables(context.getCoercedVariables())
                .build()
                .calculate();
        if (calls > max) {
            throw new TooManyBackendCalls("The query could make " + calls + " backend calls; one request may make "
                    + "at most " + max + ". Ask for fewer fields or aliases, or split the query");
        }
        return SimpleInstrumentationContext.noOp();
    }

    /** 1 when the field has a resolver of its own, which may call a service; 0 for a property or introspection. */
    static int calls(GraphQLSchema schema, FieldComplexityEnvironment field) {
        if (field.getFieldDefinition().getName().startsWith("__")
                || !(field.getParentType() instanceof GraphQLObjectType parent)
                || parent.getName().startsWith("__")) {
            return 0;
        }
        DataFetcher<?> fetcher = schema.getCodeRegistry().getDataFetcher(parent, field.getFieldDefinition());
        return fetcher instanceof TrivialDataFetcher<?> || fetcher instanceof PropertyDataFetcher<?> ? 0 : 1;
    }

    /** The GraphQL error of a refused query, with the same code as the per-request count's refusal. */
    static final class TooManyBackendCalls extends AbortExecutionException {
        TooManyBackendCalls(String message) {
            super(message);
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", BackendCallBudget.TooManyBackendCalls.CODE);
        }
    }
}
