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
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses, with a GraphQL error that says why, the query texts that SmallRye would answer only
 * with "Unparseable input document": a query of more tokens than the parser limit (SmallRye
 * applies the limit too, see {@code graphql.QueryLimits}), and a query that is not Unicode text
 * because it holds a lone UTF-16 surrogate, raw or as a {@code \\u} escape. Both checks are cheap
 * for ordinary queries: only a body longer than the limit is parsed (a token is at least one
 * character), and the surrogate check is one pass over the characters.
 */
@ApplicationScoped
public class QueryText {
    static final String CODE = "query-too-long";
    static final String NOT_UNICODE = "invalid-argument";
    /** A GraphQL escape of a UTF-16 surrogate, which the GraphQL grammar allows only as a pair. */
    static final Pattern SURROGATE_ESCAPE = Pattern.compile("\\\\u(?:\\{0*)?[dD][89a-fA-F][0-9a-fA-F]{2}");
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
                .handler(this::refuseUnparseable);
    }

    void refuseUnparseable(RoutingContext context) {
        String query = query(context);
        String notUnicode = notUnicode(query);
        if (notUnicode != null) {
            refuse(context, notUnicode, NOT_UNICODE);
        } else if (context.body().length() > maxTokens && tooManyTokens(query)) {
            refuse(context, "The query has more than " + maxTokens + " tokens, the most one request may have; "
                    + "it was not run. Ask for fewer fields, or split the query", CODE);
        } else {
            context.next();
        }
    }

    private static void refuse(RoutingContext context, String message, String code) {
        JsonObject error = new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("classification", "InvalidSyntax").put("code", code));
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

    /** Why the query is not Unicode text, or null when it is (or there is no query to check). */
    static String notUnicode(String query) {
        if (query == null) {
            return null;
        }
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < query.length() && Character.isLowSurrogate(query.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "The query holds a lone UTF-16 surrogate (U+" + Integer.toHexString(c).toUpperCase()
                        + ") at character " + (i + 1) + ", which is not a Unicode character; it was not run";
            }
        }
        if (query.indexOf('\\') < 0 || !SURROGATE_ESCAPE.matcher(query).find()) {
            return null;
        }
        try {
            Parser.parse(query);
            return null;
        } catch (InvalidSyntaxException e) {
            return "The query is not valid GraphQL: " + e.getMessage() + "; it was not run";
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
