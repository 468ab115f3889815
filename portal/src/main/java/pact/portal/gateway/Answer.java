package pact.portal.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the gateway answered: the data it had and each failure, with the field it concerns. GraphQL
 * answers in part, so one service being down costs a page only the parts that service gives.
 */
public record Answer(JsonNode data, List<Failure> failures) {

    static Answer unavailable(String why) {
        return new Answer(null, new ArrayList<>(List.of(new Failure(why, null, "unavailable", null, null, List.of()))));
    }

    static Answer of(JsonNode json) {
        List<Failure> failures = new ArrayList<>();
        json.path("errors").forEach(e -> failures.add(Failure.of(e)));
        JsonNode data = json.path("data");
        return new Answer(data.isObject() ? data : null, new ArrayList<>(failures));
    }

    /** The root field {@code name} read as {@code type}, or null when it is missing. */
    public <T> T get(String name, Class<T> type) {
        JsonNode node = data == null ? null : data.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return Gateway.JSON.treeToValue(node, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("The gateway's '" + name + "' does not read as " + type.getSimpleName(), e);
        }
    }

    /** The root field {@code name} as a list, empty when it is missing. */
    public <T> List<T> list(String name, Class<T> type) {
        JsonNode node = data == null ? null : data.get(name);
        if (node == null || !node.isArray()) {
            return List.of();
        }
        CollectionType listType = Gateway.JSON.getTypeFactory().constructCollectionType(List.class, type);
        try {
            return Gateway.JSON.readerFor(listType).readValue(node);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The gateway's '" + name + "' does not read as a list", e);
        }
    }

    public boolean ok() {
        return failures.isEmpty();
    }

    /** The first failure of a root field, if it failed. */
    public Optional<Failure> failureOf(String name) {
        return failures.stream().filter(f -> name.equals(f.field())).findFirst();
    }

    /** Why parts of the page are missing, in words a person can read. */
    public List<String> missing() {
        return failures.stream().map(Failure::message).distinct().toList();
    }

    /** One GraphQL error: its message, the root field it concerns, and a service's rule and field errors. */
    public record Failure(String message, String field, String code, String rule, String detail,
            List<FieldError> fieldErrors) {
        static Failure of(JsonNode e) {
            JsonNode problem = e.path("extensions").path("problem");
            List<FieldError> fields = new ArrayList<>();
            problem.path("errors").forEach(f -> fields.add(new FieldError(f.path("field").asText(),
                    f.path("message").asText())));
            String field = e.path("path").isArray() && e.path("path").size() > 0
                    ? e.path("path").get(0).asText() : null;
            return new Failure(e.path("message").asText("Something went wrong"), field,
                    e.path("extensions").path("code").asText(null), problem.path("rule").asText(null),
                    problem.path("detail").asText(null), fields);
        }
    }

    public record FieldError(String field, String message) {
    }
}
