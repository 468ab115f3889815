package pact.gateway.client;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * Puts a service's refusal into the GraphQL error as {@code extensions.problem} (rule, detail,
 * field errors), so a front end can show each message beside its field instead of parsing text.
 */
public class ProblemExtension implements ErrorExtensionProvider {
    @Override
    public String getKey() {
        return "problem";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof BackendFailure.Refused refused && refused.problem() != null) {
                BackendFailure.Problem problem = refused.problem();
                JsonObjectBuilder json = Json.createObjectBuilder();
                if (problem.rule() != null) {
                    json.add("rule", problem.rule());
                }
                if (problem.detail() != null) {
                    json.add("detail", problem.detail());
                }
                JsonArrayBuilder errors = Json.createArrayBuilder();
                problem.errors().forEach(e -> errors.add(Json.createObjectBuilder().add("field", e.field())
                        .add("message", e.message())));
                return json.add("errors", errors).build();
            }
        }
        return JsonValue.NULL;
    }
}
