package pact.gateway.http;

import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a query of more tokens than the parser limit with a GraphQL error that says so.
 * SmallRye applies the limit too (see {@code graphql.QueryLimits}) but then answers only
 * "Unparseable input document". Only a body longer than the limit is parsed here: a token is at
 * least one character, so a shorter query cannot exceed it.
 */
@ApplicationScoped
public class TokenLimit {
    static final String CODE = "query-too-long";
    /** After the path permission check (order -100), before the GraphQL route. */
    static final int AFTER_PERMISSIONS = -90;

    @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens", defaultValue = "15000")
    int maxTokens;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBody;

    void install(@Observes Router router) {
        // reads the body once for the GraphQL route too (its own body handler sees it read); no uploads
        router.post("/graphql").order(AFTER_PERMISSIONS)
                .handler(BodyHandler.create(false).setBodyLimit(maxBody.asLongValue()))
                .handler(this::refuseTooManyTokens);
    }

    void refuseTooManyTokens(RoutingContext context) {
        if (context.body().length() <= maxTokens || !tooManyTokens(query(context))) {
            context.next();
            return;
        }
        JsonObject error = new JsonObject()
                .put("message", "The query has more than " + maxTokens + " tokens, the most one request may have; "
                        + "it was not run. Ask for fewer fields, or split the query")
                .put("extensions", new JsonObject().put("classification", "InvalidSyntax").put("code", CODE));
        context.response().setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, "application/graphql-response+json")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }

    private static String query(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (type != null && type.startsWith("application/graphql")) {
            return context.body().asString();
        }
        try {
            JsonObject body = context.body().asJsonObject();
            return body == null ? null : body.getString("query");
        } catch (DecodeException | ClassCastException e) {
            return null; // not a JSON request with a query string: SmallRye answers it
        }
    }

    boolean tooManyTokens(String query) {
        if (query == null || query.length() <= maxTokens) {
            return false;
        }
        ParserOptions options = ParserOptions.getDefaultOperationParserOptions()
                .transform(o -> o.maxTokens(maxTokens));
        try {
            Parser.parse(ParserEnvironment.newParserEnvironment().document(query).parserOptions(options).build());
            return false;
        } catch (ParseCancelledException e) {
            return true;
        } catch (InvalidSyntaxException e) {
            return false; // other syntax errors are SmallRye's to report
        }
    }
}
