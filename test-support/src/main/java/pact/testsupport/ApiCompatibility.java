package pact.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares a committed OpenAPI contract with the document a service serves, as a client generated
 * from the committed one would feel it. Breaking: an operation removed or renamed (its
 * operationId names the generated method); a parameter removed, or a new or newly required one; in
 * a request, a member removed (the services refuse unknown members), a new required member, or an
 * enumeration value removed; in an answer, a status, header, member or enumeration value removed;
 * a type or format changed. Anything else the served document adds is not breaking (new operations,
 * optional parameters and members, new enumeration values in answers, which clients must tolerate).
 */
public final class ApiCompatibility {
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final JsonNode committed;
    private final JsonNode served;
    private final List<String> breaking = new ArrayList<>();
    private final List<String> added = new ArrayList<>();
    private final Set<String> compared = new HashSet<>();

    private ApiCompatibility(JsonNode committed, JsonNode served) {
        this.committed = committed;
        this.served = served;
    }

    /** The part of a document under a path prefix: its operations and the schemas they reach. */
    public static ObjectNode part(JsonNode document, String pathPrefix) {
        ObjectNode part = JSON.createObjectNode();
        part.set("openapi", document.path("openapi"));
        part.set("info", document.path("info"));
        if (document.has("servers")) {
            part.set("servers", document.path("servers"));
        }
        ObjectNode paths = part.putObject("paths");
        document.path("paths").properties().stream().filter(path -> path.getKey().startsWith(pathPrefix))
                .forEach(path -> paths.set(path.getKey(), path.getValue()));
        Set<String> schemas = new LinkedHashSet<>();
        collectReferences(document, paths, schemas);
        ObjectNode components = part.putObject("components");
        ObjectNode kept = components.putObject("schemas");
        schemas.stream().sorted().forEach(name -> {
            JsonNode schema = document.path("components").path("schemas").path(name);
            if (schema.isMissingNode()) {
                throw new IllegalArgumentException("the document refers to schema " + name + ", which it does not define");
            }
            kept.set(name, schema);
        });
        if (document.path("components").has("securitySchemes")) {
            components.set("securitySchemes", document.path("components").path("securitySchemes"));
        }
        Set<String> tags = new HashSet<>();
        paths.forEach(operations -> operations.forEach(operation -> operation.path("tags").forEach(tag -> tags.add(tag.asText()))));
        var usedTags = part.putArray("tags");
        document.path("tags").forEach(tag -> {
            if (tags.contains(tag.path("name").asText())) {
                usedTags.add(tag);
            }
        });
        return part;
    }

    private static void collectReferences(JsonNode document, JsonNode node, Set<String> schemas) {
        if (node.isObject()) {
            String ref = node.path("$ref").asText("");
            if (ref.startsWith("#/components/schemas/")) {
                String name = ref.substring("#/components/schemas/".length());
                if (schemas.add(name)) {
                    collectReferences(document, document.path("components").path("schemas").path(name), schemas);
                }
            }
            node.forEach(child -> collectReferences(document, child, schemas));
        } else if (node.isArray()) {
            node.forEach(child -> collectReferences(document, child, schemas));
        }
    }

    /** The committed copy as it is written to a file: sorted, indented, so that diffs read well. */
    public static String write(JsonNode document) throws java.io.IOException {
        Object sorted = JSON.treeToValue(document, Object.class);
        return JSON.writeValueAsString(sorted) + "\n";
    }

    /** A short digest of a document's content, whatever its layout, for the changelog to name. */
    public static String digest(JsonNode document) throws java.io.IOException {
        try {
            byte[] canonical = JSON.copy().disable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(JSON.treeToValue(document, Object.class)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the served document breaks of the committed one; empty when a client of the committed one still works. */
    public static List<String> breakingChanges(JsonNode committed, JsonNode served) {
        return compare(committed, served).breaking;
    }

    /** What the served document adds to the committed one without breaking it. */
    public static List<String> additions(JsonNode committed, JsonNode served) {
        return compare(committed, served).added;
    }

    private static ApiCompatibility compare(JsonNode committed, JsonNode served) {
        ApiCompatibility check = new ApiCompatibility(committed, served);
        check.operations();
        return check;
    }

    private void operations() {
        committed.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (!METHODS.contains(method.getKey())) {
                return;
            }
            String where = method.getKey().toUpperCase() + " " + path.getKey();
            JsonNode now = served.path("paths").path(path.getKey()).path(method.getKey());
            if (now.isMissingNode()) {
                breaking.add(where + ": operation removed");
                return;
            }
            String id = method.getValue().path("operationId").asText();
            if (!id.equals(now.path("operationId").asText())) {
                breaking.add(where + ": operationId " + id + " became " + now.path("operationId").asText());
            }
            parameters(where, method.getValue(), now);
            requestBody(where, method.getValue().path("requestBody"), now.path("requestBody"));
            responses(where, method.getValue().path("responses"), now.path("responses"));
        }));
        served.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey()) && committed.path("paths").path(path.getKey()).path(method.getKey()).isMissingNode()) {
                added.add(method.getKey().toUpperCase() + " " + path.getKey() + ": new operation");
            }
        }));
    }

    private void parameters(String where, JsonNode before, JsonNode now) {
        for (JsonNode was : before.path("parameters")) {
            JsonNode is = parameter(now, was.path("name").asText(), was.path("in").asText());
            String name = was.path("in").asText() + " parameter " + was.path("name").asText();
            if (is == null) {
                breaking.add(where + ": " + name + " removed");
            } else {
                if (is.path("required").asBoolean() && !was.path("required").asBoolean()) {
                    breaking.add(where + ": " + name + " is now required");
                }
                schema(where + " " + name, was.path("schema"), is.path("schema"), Direction.INPUT);
            }
        }
        for (JsonNode is : now.path("parameters")) {
            if (parameter(before, is.path("name").asText(), is.path("in").asText()) == null) {
                String name = is.path("in").asText() + " parameter " + is.path("name").asText();
                (is.path("required").asBoolean() ? breaking : added).add(where + ": new "
                        + (is.path("required").asBoolean() ? "required " : "optional ") + name);
            }
        }
    }

    private static JsonNode parameter(JsonNode operation, String name, String in) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("name").asText().equalsIgnoreCase(name) && parameter.path("in").asText().equals(in)) {
                return parameter;
            }
        }
        return null;
    }

    private void requestBody(String where, JsonNode before, JsonNode now) {
        if (before.isMissingNode()) {
            if (now.path("required").asBoolean()) {
                breaking.add(where + ": a request body is now required");
            }
            return;
        }
        if (now.isMissingNode()) {
            breaking.add(where + ": the request body is no longer accepted");
            return;
        }
        if (now.path("required").asBoolean() && !before.path("required").asBoolean()) {
            breaking.add(where + ": the request body is now required");
        }
        before.path("content").properties().forEach(media -> {
            JsonNode is = now.path("content").path(media.getKey());
            if (is.isMissingNode()) {
                breaking.add(where + ": request media type " + media.getKey() + " no longer accepted");
            } else {
                schema(where + " request", media.getValue().path("schema"), is.path("schema"), Direction.INPUT);
            }
        });
    }

    private void responses(String where, JsonNode before, JsonNode now) {
        before.properties().forEach(response -> {
            String status = where + " " + response.getKey();
            JsonNode is = now.path(response.getKey());
            if (is.isMissingNode()) {
                if (response.getKey().startsWith("2")) {
                    breaking.add(status + ": answer removed");
                }
                return;
            }
            response.getValue().path("headers").properties().forEach(header -> {
                if (!is.path("headers").has(header.getKey())) {
                    breaking.add(status + ": header " + header.getKey() + " removed");
                }
            });
            response.getValue().path("content").properties().forEach(media -> {
                JsonNode content = is.path("content").path(media.getKey());
                if (content.isMissingNode()) {
                    breaking.add(status + ": media type " + media.getKey() + " removed");
                } else {
                    schema(status, media.getValue().path("schema"), content.path("schema"), Direction.OUTPUT);
                }
            });
        });
    }

    enum Direction { INPUT, OUTPUT }

    private void schema(String where, JsonNode beforeSchema, JsonNode nowSchema, Direction direction) {
        String key = direction + " " + beforeSchema.path("$ref").asText(beforeSchema.toString()) + " -> "
                + nowSchema.path("$ref").asText(nowSchema.toString());
        if ((beforeSchema.has("$ref") || nowSchema.has("$ref")) && !compared.add(key)) {
            return; // a named schema compared already (and a recursive one ends here)
        }
        JsonNode before = resolve(committed, beforeSchema);
        JsonNode now = resolve(served, nowSchema);
        Set<String> typesBefore = types(before);
        Set<String> typesNow = types(now);
        if (!typesBefore.isEmpty() && !typesNow.isEmpty()) {
            boolean compatible = direction == Direction.INPUT ? typesNow.containsAll(typesBefore)
                    : typesBefore.containsAll(typesNow);
            if (!compatible) {
                breaking.add(where + ": type " + typesBefore + " became " + typesNow);
            }
        }
        if (!before.path("format").asText().equals(now.path("format").asText()) && before.has("format")) {
            breaking.add(where + ": format " + before.path("format").asText() + " became " + now.path("format").asText(""));
        }
        enumeration(where, before, now, direction);
        before.path("properties").properties().forEach(property -> {
            JsonNode is = now.path("properties").path(property.getKey());
            if (is.isMissingNode()) {
                breaking.add(where + ": member " + property.getKey() + " removed");
            } else {
                schema(where + "." + property.getKey(), property.getValue(), is, direction);
            }
        });
        now.path("properties").properties().forEach(property -> {
            if (!before.path("properties").has(property.getKey()) && before.has("properties")) {
                added.add(where + ": new member " + property.getKey());
            }
        });
        if (direction == Direction.INPUT) {
            Set<String> requiredBefore = texts(before.path("required"));
            for (String required : texts(now.path("required"))) {
                if (!requiredBefore.contains(required)) {
                    breaking.add(where + ": member " + required + " is now required");
                }
            }
        }
        if (before.has("items")) {
            schema(where + "[]", before.path("items"), now.path("items"), direction);
        }
    }

    private void enumeration(String where, JsonNode before, JsonNode now, Direction direction) {
        Set<String> valuesBefore = texts(before.path("enum"));
        Set<String> valuesNow = texts(now.path("enum"));
        if (valuesBefore.isEmpty()) {
            return;
        }
        for (String value : valuesBefore) {
            if (!valuesNow.contains(value)) {
                breaking.add(where + ": enumeration value " + value + " removed");
            }
        }
        for (String value : valuesNow) {
            if (!valuesBefore.contains(value)) {
                added.add(where + ": new enumeration value " + value
                        + (direction == Direction.OUTPUT ? " (answers may carry it)" : ""));
            }
        }
    }

    /** The schema a {@code $ref} chain ends at (at most 10 hops), or the schema itself. */
    static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode at = schema;
        for (int hops = 0; at.has("$ref") && hops < 10; hops++) {
            at = document.at(at.path("$ref").asText().substring(1));
        }
        return at;
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = texts(schema.path("type"));
        if (schema.path("type").isTextual()) {
            types.add(schema.path("type").asText());
        }
        return types;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new LinkedHashSet<>();
        if (array.isArray()) {
            array.forEach(value -> texts.add(value.asText()));
        }
        return texts;
    }
}
