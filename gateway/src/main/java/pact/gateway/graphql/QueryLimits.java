package pact.gateway.graphql;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.parser.ParserOptions;
import io.smallrye.graphql.spi.EventingService;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import pact.gateway.client.BackendCallBudget;

/**
 * Adds the gateway's own limits to the GraphQL engine SmallRye builds (loaded through
 * {@code META-INF/services}): the parser's token limit, the up-front estimate of backend calls, and
 * argument errors worded for the caller.
 */
public class QueryLimits implements EventingService {
    static final String PARSER_MAX_TOKENS = "quarkus.smallrye-graphql.parser-max-tokens";

    /** No key: the limits are always on. */
    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Config config = ConfigProvider.getConfig();
        config.getOptionalValue(PARSER_MAX_TOKENS, Integer.class).ifPresent(QueryLimits::limitTokens);
        int maxCalls = config.getOptionalValue(BackendCallBudget.MAX_CALLS, Integer.class)
                .orElse(BackendCallBudget.DEFAULT_MAX_CALLS);
        // the builder has no getter: build once to keep SmallRye's own instrumentation (depth, complexity, cache);
        // the estimate goes first so that a fan-out of aliases is refused with its own code
        Instrumentation configured = builder.build().getInstrumentation();
        return builder.instrumentation(new ChainedInstrumentation(new BackendCallEstimate(maxCalls), new ArgumentErrors(),
                configured));
    }

    /**
     * SmallRye passes parser-max-tokens to graphql-java's general parser options only, while
     * graphql-java parses operations with its separate operation options (15,000 tokens), so
     * the configured limit never applied to queries. ({@code http.QueryText} words the refusal.)
     */
    static void limitTokens(int maxTokens) {
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions()
                .transform(options -> options.maxTokens(maxTokens)));
    }
}
