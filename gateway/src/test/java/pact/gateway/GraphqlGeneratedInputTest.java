package pact.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pact.testsupport.InjectWireMock;
import pact.testsupport.TestIssuer;

/**
 * Generated input over the whole GraphQL schema. The operations are read from the schema by
 * introspection, so a new Query or Mutation field is fuzzed without touching this test. Each
 * operation gets {@value #REQUESTS_PER_OPERATION} requests from a seeded generator: wrong types,
 * extremes, unicode, missing and unknown arguments and input fields, unknown enum values, nulls,
 * deep and large lists, inline and as variables (variables also with wrong JSON types), while the
 * stand-in services answer plausibly or refuse with a 400 problem+json.
 *
 * <p>Every answer must be JSON with a status below 500, no error may be the generic "System
 * error" or show Java internals, and a mutation the gateway refuses as bad input must not have
 * reached any service with a write. Failures are collected and reported together with the seed;
 * re-run one with {@code -Dpact.fuzz.seed=<seed>}.
 */
@QuarkusTest
@WithTestResource(WireMockBackends.class)
@WithTestResource(TestIssuer.class)
class GraphqlGeneratedInputTest {
    static final long SEED = Long.getLong("pact.fuzz.seed", 20261102L);
    static final int REQUESTS_PER_OPERATION = 100;
    /** Every realm role (service-support's Roles), so that only the input decides the answer. */
    static final String[] ALL_ROLES = {"council-officer", "city-inspector", "police-officer", "tasking-coordinator",
        "analyst", "enforcement-admin", "partner", "met-system"};
    /** The gateway's body limit is 64K; generated requests stay below it so that GraphQL answers them. */
    static final int MAX_BODY = 60_000;
    /** The error codes with which the gateway explains a refusal or failure in its own words. */
    static final Set<String> GATEWAY_CODES = Set.of("forbidden", "invalid-argument", "backend-refused",
            "backend-failure", "too-many-backend-calls", "query-too-long");
    /** Answers in which the gateway refused the request as bad input before running it. */
    static final Set<String> REFUSAL_CLASSIFICATIONS = Set.of("ValidationError", "InvalidSyntax");
    static final Set<String> REFUSAL_CODES = Set.of("invalid-argument", "query-too-long", "too-many-backend-calls");
    /** What an unexplained failure looks like: the generic text, a Java exception's name, a stack trace. */
    static final Pattern UNEXPLAINED = Pattern.compile("System error|Server Error|Internal Server|internal error"
            + "|\\b[A-Za-z_$][\\w$]*(Exception|Throwable)\\b|\\bjava\\.|\\bjakarta\\.|\\bio\\.(vertx|quarkus|smallrye)\\."
            + "|\\bcom\\.fasterxml\\.|\\bpact\\.gateway\\.|\\n\\s*at [\\w.$]+\\(");

    /** The counts of the last run, for reading after it. */
    static volatile Summary lastRun;

    record Summary(int operations, int requests, int serverErrors) {
        String line() {
            return "GraphQL generated input: " + operations + " operations, " + requests + " requests, "
                    + serverErrors + " 5xx";
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    @InjectWireMock
    WireMockServer backends;

    @TestHTTPResource("/graphql")
    URI endpoint;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void generated_requests_over_every_operation_get_clean_answers_and_refused_mutations_store_nothing()
            throws Exception {
        backends.resetAll();
        stubPlausibleAnswers();
        Schema schema = new Schema(this::introspect);
        List<Operation> operations = new ArrayList<>();
        schema.rootFields(schema.rootName("queryType")).forEach(f -> operations.add(new Operation("query", f)));
        String mutationType = schema.rootName("mutationType");
        if (mutationType != null) {
            schema.rootFields(mutationType).forEach(f -> operations.add(new Operation("mutation", f)));
        }
        assertFalse(operations.isEmpty(), "the schema has no operations");

        List<String> failures = new ArrayList<>();
        Map<String, Integer> perOperation = new TreeMap<>();
        int sent = 0;
        int serverErrors = 0;
        for (Operation operation : operations) {
            Random random = new Random(SEED ^ operation.key().hashCode());
            Generator generator = new Generator(schema, operation, random);
            for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
                Generated request = generator.next(i);
                Outcome outcome = send(operation, request, sent, random);
                sent++;
                perOperation.merge(operation.key(), 1, Integer::sum);
                if (outcome.status() >= 500) {
                    serverErrors++;
                }
                outcome.problems().forEach(p -> failures.add(operation.key() + " [" + request.kind() + "] " + p
                        + " | status " + outcome.status() + " | request " + excerpt(request.body(), 300)
                        + " | answer " + excerpt(outcome.answer(), 300)));
            }
        }
        lastRun = new Summary(operations.size(), sent, serverErrors);
        System.out.println(lastRun.line());

        perOperation.forEach((op, n) -> {
            if (n < REQUESTS_PER_OPERATION) {
                failures.add(op + " got only " + n + " generated requests");
            }
        });
        if (Boolean.getBoolean("pact.fuzz.verbose")) {
            failures.forEach(System.out::println);
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " generated requests got a bad answer (seed " + SEED + "; re-run with "
                    + "-Dpact.fuzz.seed=" + SEED + "):\n" + failures.stream().limit(30)
                    .collect(Collectors.joining("\n")));
        }
        assertEquals(0, serverErrors);
    }

    // ---------------------------------------------------------------- sending and judging

    record Operation(String kind, Field field) {
        String key() {
            return kind + "." + field.name();
        }

        boolean mutation() {
            return kind.equals("mutation");
        }
    }

    record Outcome(int status, String answer, List<String> problems) {
    }

    Outcome send(Operation operation, Generated request, int number, Random random) throws Exception {
        // a token of its own, so that every backend call is told apart from any other request's
        String token = TestIssuer.token("fuzz-" + number, ALL_ROLES);
        boolean backendRefuses = random.nextInt(5) == 0;
        StubMapping refusal = backendRefuses ? backends.stubFor(any(anyUrl()).atPriority(1).willReturn(aResponse()
                .withStatus(400).withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"about:blank","title":"Invalid request","status":400,
                         "errors":[{"field":"x","message":"bad"}]}"""))) : null;
        backends.resetRequests();
        HttpRequest.Builder http = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        if (number % 2 == 0) {
            http.header("X-Access-Reason", "generated input test");
        }
        HttpResponse<String> response;
        try {
            response = this.http.send(http.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } finally {
            if (refusal != null) {
                backends.removeStub(refusal);
            }
        }
        List<String> problems = new ArrayList<>();
        String answer = response.body();
        if (response.statusCode() >= 500) {
            problems.add("HTTP " + response.statusCode());
        }
        JsonNode json = null;
        try {
            json = JSON.readTree(answer);
        } catch (IOException e) {
            problems.add("the answer is not JSON");
        }
        if (json != null && !json.isObject()) {
            problems.add("the answer is not a JSON object");
        } else if (json != null) {
            boolean refused = false;
            for (JsonNode error : json.path("errors")) {
                String message = error.path("message").asText("");
                String classification = error.path("extensions").path("classification").asText("");
                String code = error.path("extensions").path("code").asText("");
                if (UNEXPLAINED.matcher(message).find()) {
                    problems.add("unexplained error '" + excerpt(message, 160) + "'");
                }
                if (!GATEWAY_CODES.contains(code) && !REFUSAL_CLASSIFICATIONS.contains(classification)
                        && !classification.equals("ExecutionAborted")) {
                    problems.add("error of no known kind (classification '" + classification + "', code '" + code
                            + "'): '" + excerpt(message, 160) + "'");
                }
                refused |= REFUSAL_CLASSIFICATIONS.contains(classification) || REFUSAL_CODES.contains(code);
            }
            if (refused && operation.mutation()) {
                List<LoggedRequest> writes = backends.findAll(anyRequestedFor(anyUrl())
                        .withHeader("Authorization", equalTo("Bearer " + token))).stream()
                        .filter(r -> !r.getMethod().getName().equals("GET")).toList();
                if (!writes.isEmpty()) {
                    problems.add("refused as bad input, yet " + writes.get(0).getMethod() + " "
                            + excerpt(writes.get(0).getUrl(), 120) + " reached a service");
                }
            }
            if (response.statusCode() == 200 && !json.has("data") && !json.has("errors")) {
                problems.add("neither data nor errors");
            }
        }
        return new Outcome(response.statusCode(), answer, problems);
    }

    /** The first {@code max} characters, everything outside printable ASCII escaped so that a report stays readable. */
    static String excerpt(String text, int max) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return text.length() > max ? out + "..." : out.toString();
    }

    // ---------------------------------------------------------------- the schema, by introspection

    static final String TYPE_REF = "kind name ofType { kind name ofType { kind name ofType { kind name } } }";

    JsonNode introspect(String query) {
        try {
            String body = "{\"query\":" + Json.write(query) + "}";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
                    .header("Authorization", "Bearer " + TestIssuer.token("schema-reader", ALL_ROLES))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = JSON.readTree(response.body());
            if (json.has("errors")) {
                throw new IllegalStateException("introspection failed: " + json.get("errors"));
            }
            return json.get("data");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A reference to a type as introspection gives it: NON_NULL and LIST wrap a named type. */
    record TypeRef(String kind, String name, TypeRef ofType) {
        static TypeRef of(JsonNode node) {
            return node == null || node.isNull() ? null
                    : new TypeRef(node.path("kind").asText(), node.path("name").asText(null), of(node.get("ofType")));
        }

        boolean nonNull() {
            return kind.equals("NON_NULL");
        }

        TypeRef nullable() {
            return nonNull() ? ofType : this;
        }

        boolean list() {
            return nullable().kind.equals("LIST");
        }

        /** The element type of a list type. */
        TypeRef element() {
            return nullable().ofType;
        }

        String named() {
            return name != null ? name : ofType.named();
        }

        String sdl() {
            return switch (kind) {
                case "NON_NULL" -> ofType.sdl() + "!";
                case "LIST" -> "[" + ofType.sdl() + "]";
                default -> name;
            };
        }
    }

    record InputValue(String name, TypeRef type) {
    }

    record Field(String name, List<InputValue> args, TypeRef type) {
    }

    record TypeDef(String name, String kind, List<Field> fields, List<InputValue> inputFields, List<String> enumValues) {
    }

    /** The types the generator needs, each read by introspection the first time it is needed. */
    static final class Schema {
        final Function<String, JsonNode> introspection;
        final Map<String, TypeDef> types = new LinkedHashMap<>();
        JsonNode roots;

        Schema(Function<String, JsonNode> introspection) {
            this.introspection = introspection;
        }

        String rootName(String which) {
            if (roots == null) {
                roots = introspection.apply("{ __schema { queryType { name } mutationType { name } } }")
                        .get("__schema");
            }
            JsonNode root = roots.get(which);
            return root == null || root.isNull() ? null : root.path("name").asText();
        }

        List<Field> rootFields(String typeName) {
            return type(typeName).fields();
        }

        TypeDef type(String name) {
            return types.computeIfAbsent(name, n -> {
                JsonNode type = introspection.apply("{ __type(name: " + Json.write(n) + ") { name kind "
                        + "fields { name args { name type { " + TYPE_REF + " } } type { " + TYPE_REF + " } } "
                        + "inputFields { name type { " + TYPE_REF + " } } enumValues { name } } }").get("__type");
                List<Field> fields = new ArrayList<>();
                type.path("fields").forEach(f -> fields.add(new Field(f.get("name").asText(), inputValues(f.get("args")),
                        TypeRef.of(f.get("type")))));
                List<String> enumValues = new ArrayList<>();
                type.path("enumValues").forEach(e -> enumValues.add(e.get("name").asText()));
                return new TypeDef(n, type.get("kind").asText(), fields, inputValues(type.get("inputFields")),
                        enumValues);
            });
        }

        static List<InputValue> inputValues(JsonNode values) {
            List<InputValue> list = new ArrayList<>();
            if (values != null) {
                values.forEach(v -> list.add(new InputValue(v.get("name").asText(), TypeRef.of(v.get("type")))));
            }
            return list;
        }

        String kindOf(String typeName) {
            return switch (typeName) {
                case "String", "ID", "Int", "Float", "Boolean" -> "SCALAR";
                default -> type(typeName).kind();
            };
        }
    }

    // ---------------------------------------------------------------- values, written as GraphQL and as JSON

    /** A number written exactly as given (2^63, 1e308...), in GraphQL and in JSON alike. */
    record Num(String text) {
    }

    /** An enum literal: a bare name in GraphQL, a string in JSON. */
    record EnumLiteral(String name) {
    }

    /** A variable reference in GraphQL. */
    record Variable(String name) {
    }

    static final class Json {
        private Json() {
        }

        /** JSON text in ASCII only: every other character escaped, so a lone surrogate travels as \\uD800. */
        static String write(Object value) {
            StringBuilder out = new StringBuilder();
            write(value, out);
            return out.toString();
        }

        @SuppressWarnings("unchecked")
        static void write(Object value, StringBuilder out) {
            if (value == null) {
                out.append("null");
            } else if (value instanceof String s) {
                quote(s, out);
            } else if (value instanceof EnumLiteral e) {
                quote(e.name(), out);
            } else if (value instanceof Num n) {
                out.append(n.text());
            } else if (value instanceof Map<?, ?> map) {
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                    out.append(first ? "" : ",");
                    quote(e.getKey(), out);
                    out.append(':');
                    write(e.getValue(), out);
                    first = false;
                }
                out.append('}');
            } else if (value instanceof List<?> list) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    write(list.get(i), out);
                }
                out.append(']');
            } else {
                out.append(value); // Boolean, Integer, Long, Double
            }
        }

        static void quote(String s, StringBuilder out) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20 || c >= 0x7f) {
                    out.append(String.format("\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        }
    }

    /** GraphQL literals; non-ASCII characters sometimes raw, sometimes as \\u escapes. */
    static final class Literal {
        private Literal() {
        }

        @SuppressWarnings("unchecked")
        static void write(Object value, StringBuilder out, Random random) {
            if (value == null) {
                out.append("null");
            } else if (value instanceof String s) {
                quote(s, out, random.nextBoolean());
            } else if (value instanceof EnumLiteral e) {
                out.append(e.name());
            } else if (value instanceof Variable v) {
                out.append('$').append(v.name());
            } else if (value instanceof Num n) {
                out.append(n.text());
            } else if (value instanceof Map<?, ?> map) {
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                    out.append(first ? "" : ", ").append(e.getKey()).append(": ");
                    write(e.getValue(), out, random);
                    first = false;
                }
                out.append('}');
            } else if (value instanceof List<?> list) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ", ");
                    write(list.get(i), out, random);
                }
                out.append(']');
            } else {
                out.append(value);
            }
        }

        static void quote(String s, StringBuilder out, boolean escapeNonAscii) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20 || c == 0x7f || (escapeNonAscii && c > 0x7f)) {
                    out.append(String.format("\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        }
    }

    // ---------------------------------------------------------------- the generator

    /** One generated request: its JSON body and the kind of input it tries. */
    record Generated(String kind, String body) {
    }

    /** Where a value sits in an argument tree (a map entry or a list element) and the type it should have. */
    record Slot(Object container, Object key, TypeRef type) {
        @SuppressWarnings("unchecked")
        void set(Object value) {
            if (container instanceof Map<?, ?> map) {
                ((Map<String, Object>) map).put((String) key, value);
            } else {
                ((List<Object>) container).set((Integer) key, value);
            }
        }

        @SuppressWarnings("unchecked")
        void remove() {
            ((Map<String, Object>) container).remove(key);
        }
    }

    static final String LONG_ASCII = "x".repeat(10_000);
    static final List<String> ODD_STRINGS = List.of("", " ", "\t", "null", "undefined", "NaN", "Infinity", "-0",
            "0", "-1", "1e308", "9223372036854775808", "true", ".", "..", "../../../etc/passwd", "/", "%2F..%2F",
            "%00", "a/b?c=d#e", "' OR '1'='1", "\"; DROP TABLE reports; --", "${jndi:ldap://127.0.0.1/x}",
            "<script>alert(1)</script>", "{{7*7}}", "2026-02-30T25:61:00Z", "0000-00-00", "9999-12-31T23:59:59Z",
            "-999999999-01-01T00:00:00Z", "+1000000000-01-01T00:00:00Z", "2026-11-02", "2026-11-02T18:00:00",
            "P1D", "1970-01-01T00:00:00Z", "r-1,r-2", "a=b&c=d", "cGFzOi0y", "pos:99999999999", "cG9zOjIxNDc0ODM2NDc",
            "cG9zOi0yMQ", "\r\nX-Injected: yes", "   padded   ");
    static final List<String> UNICODE = List.of("\u202Eevil\u202C", "a\u200Bb", "\u200B", "\uD83D\uDE00\uD83C\uDF89",
            "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "e\u0301\u0302\u0303\u0304", "Z" + "\u0336".repeat(300),
            "\u0000", "a\u0000b", "\uD800", "\uDC00x", "x\uD83D", "\uFEFFbom", "\uFFFF\uFFFE", "\uD835\uDD4F\uD835\uDD38",
            "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627", "\u001B[31mred", "\u0085\u2028\u2029",
            "\u00e9".repeat(2000), "\uD83D\uDE00".repeat(1500), "\u4E2D\u6587", "I\u0307stanbul", "\u00DF\u1E9E");

    static final String[] KINDS = {"valid", "wrong-type", "extreme", "unicode", "missing", "extra", "unknown-enum",
        "null", "variables-wrong-json", "lists", "several"};

    static final class Generator {
        final Schema schema;
        final Operation operation;
        final Random random;

        Generator(Schema schema, Operation operation, Random random) {
            this.schema = schema;
            this.operation = operation;
            this.random = random;
        }

        Generated next(int i) {
            for (int attempt = 0; ; attempt++) {
                String kind = KINDS[i % KINDS.length];
                Generated generated = generate(kind);
                if (generated.body().length() <= MAX_BODY || attempt > 20) {
                    return generated;
                }
            }
        }

        Generated generate(String kind) {
            Map<String, Object> args = new LinkedHashMap<>();
            for (InputValue arg : operation.field().args()) {
                if (arg.type().nonNull() || random.nextBoolean()) {
                    args.put(arg.name(), plausible(arg.name(), arg.type(), 0));
                }
            }
            boolean variables = kind.equals("variables-wrong-json") || random.nextBoolean();
            switch (kind) {
                case "valid" -> {
                }
                case "several" -> {
                    for (int n = 1 + random.nextInt(3); n > 0; n--) {
                        disturb(KINDS[1 + random.nextInt(KINDS.length - 2)], args);
                    }
                }
                default -> disturb(kind, args);
            }
            return new Generated(kind + (variables ? "/variables" : "/inline"), render(args, variables));
        }

        void disturb(String kind, Map<String, Object> args) {
            List<Slot> slots = slots(args);
            if (slots.isEmpty() && !kind.equals("extra")) {
                disturb("extra", args);
                return;
            }
            Slot slot = slots.isEmpty() ? null : slots.get(random.nextInt(slots.size()));
            switch (kind) {
                case "wrong-type", "variables-wrong-json" -> slot.set(wrongType(slot.type()));
                case "extreme" -> slot.set(extreme(slot.type()));
                case "unicode" -> {
                    List<Slot> text = slots.stream().filter(s -> isText(s.type())).toList();
                    Slot target = text.isEmpty() ? slot : text.get(random.nextInt(text.size()));
                    target.set(pick(UNICODE));
                }
                case "missing" -> {
                    List<Slot> required = slots.stream().filter(s -> s.container() instanceof Map<?, ?>
                            && s.type().nonNull()).toList();
                    List<Slot> removable = required.isEmpty() ? slots.stream()
                            .filter(s -> s.container() instanceof Map<?, ?>).toList() : required;
                    if (!removable.isEmpty()) {
                        removable.get(random.nextInt(removable.size())).remove();
                    }
                }
                case "extra" -> {
                    List<Map<String, Object>> maps = new ArrayList<>();
                    maps.add(args);
                    slots.stream().filter(s -> s.container() instanceof Map<?, ?> m && m != args)
                            .forEach(s -> maps.add(castMap(s.container())));
                    Map<String, Object> target = maps.get(random.nextInt(maps.size()));
                    target.put(pick(List.of("zzUnknown", "extra", "id_", "__proto__", "constructor")),
                            anyValue());
                }
                case "unknown-enum" -> {
                    List<Slot> enums = slots.stream().filter(s -> isEnum(s.type())).toList();
                    if (!enums.isEmpty()) {
                        enums.get(random.nextInt(enums.size())).set(new EnumLiteral(pick(List.of("NOT_A_VALUE",
                                "new", "_", "null_", "TRIAGED_X"))));
                    } else {
                        // no enum here: an enum literal where text belongs, or a value no service knows
                        List<Slot> text = slots.stream().filter(s -> isText(s.type())).toList();
                        Slot target = text.isEmpty() ? slot : text.get(random.nextInt(text.size()));
                        target.set(random.nextBoolean() ? new EnumLiteral("NOT_A_VALUE") : "NOT_A_VALUE");
                    }
                }
                case "null" -> slot.set(random.nextInt(4) == 0 ? "null" : null);
                case "lists" -> slot.set(switch (random.nextInt(5)) {
                    case 0 -> List.of();
                    case 1 -> deepList(2 + random.nextInt(60));
                    case 2 -> Collections.nCopies(500 + random.nextInt(4500), slot.type().list()
                            ? plausible("x", slot.type().element(), 0) : 1);
                    case 3 -> new ArrayList<>(List.of(plausible("x", slot.type().nullable(), 0)));
                    default -> new ArrayList<>(java.util.Arrays.asList(null, null));
                });
                default -> throw new IllegalArgumentException(kind);
            }
        }

        /** Every place in the argument tree a value can be put, with the type it must have. */
        List<Slot> slots(Map<String, Object> args) {
            List<Slot> slots = new ArrayList<>();
            Map<String, TypeRef> types = new LinkedHashMap<>();
            operation.field().args().forEach(a -> types.put(a.name(), a.type()));
            collect(args, types, slots);
            return slots;
        }

        void collect(Map<String, Object> map, Map<String, TypeRef> types, List<Slot> slots) {
            for (Map.Entry<String, Object> e : map.entrySet()) {
                TypeRef type = types.get(e.getKey());
                if (type != null) {
                    slots.add(new Slot(map, e.getKey(), type));
                    collectValue(e.getValue(), type, slots);
                }
            }
        }

        @SuppressWarnings("unchecked")
        void collectValue(Object value, TypeRef type, List<Slot> slots) {
            if (value instanceof List<?> list && type.list() && list instanceof ArrayList<?>) {
                for (int i = 0; i < list.size(); i++) {
                    slots.add(new Slot(list, i, type.element()));
                    collectValue(list.get(i), type.element(), slots);
                }
            } else if (value instanceof Map<?, ?> map && schema.kindOf(type.named()).equals("INPUT_OBJECT")) {
                Map<String, TypeRef> fields = new LinkedHashMap<>();
                schema.type(type.named()).inputFields().forEach(f -> fields.put(f.name(), f.type()));
                collect((Map<String, Object>) map, fields, slots);
            }
        }

        boolean isText(TypeRef type) {
            return !type.list() && Set.of("String", "ID").contains(type.named());
        }

        boolean isEnum(TypeRef type) {
            return schema.kindOf(type.named()).equals("ENUM");
        }

        /** A value the schema accepts, shaped like what the services take. */
        Object plausible(String name, TypeRef type, int depth) {
            if (type.list()) {
                List<Object> list = new ArrayList<>();
                for (int n = 1 + random.nextInt(2); n > 0; n--) {
                    list.add(plausible(name, type.element(), depth + 1));
                }
                return list;
            }
            String named = type.named();
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            return switch (named) {
                case "ID" -> pick(List.of("r-1", "n-7", "p-1", "o-1", "v-1", "7f1c0f7e-2b8e-4a52-a8f3-2f1a3c4d5e6f"));
                case "String" -> plausibleText(lower);
                case "Int" -> lower.equals("cellsize") ? 150 : 1 + random.nextInt(20);
                case "Float" -> lower.contains("lat") ? 51.51 : lower.contains("lon") ? -0.13 : 8.0;
                case "Boolean" -> random.nextBoolean();
                case "BigDecimal" -> new Num("50.00");
                case "BigInteger", "Long" -> 1 + random.nextInt(5);
                default -> {
                    TypeDef def = schema.type(named);
                    if (def.kind().equals("ENUM")) {
                        yield new EnumLiteral(pick(def.enumValues()));
                    }
                    if (def.kind().equals("INPUT_OBJECT") && depth < 6) {
                        Map<String, Object> fields = new LinkedHashMap<>();
                        for (InputValue f : def.inputFields()) {
                            if (f.type().nonNull() || random.nextInt(3) == 0) {
                                fields.put(f.name(), plausible(f.name(), f.type(), depth + 1));
                            }
                        }
                        yield fields;
                    }
                    yield "2026-11-02T18:00:00Z"; // another scalar: most of them are times
                }
            };
        }

        String plausibleText(String name) {
            if (name.equals("after") || name.equals("idempotencykey")) {
                return name.equals("after") ? "cG9zOjE5" : "fuzz-key-" + random.nextInt(1000);
            }
            if (name.endsWith("on") || name.equals("dateofbirth") || name.endsWith("by") || name.equals("deadline")
                    || name.equals("activefrom") || name.equals("activeto")) {
                return "2026-11-05";
            }
            if (name.endsWith("at") || name.equals("from") || name.equals("to") || name.endsWith("from")
                    || name.endsWith("to") || name.endsWith("start") || name.endsWith("end")) {
                return pick(List.of("2026-11-02T18:00:00Z", "2026-11-03T02:00:00Z"));
            }
            return pick(List.of("NUISANCE", "STREET_DRINKING", "TRIAGED", "HIGH", "ONLINE", "PERSON", "PACT",
                    "Drinking by the fountain", "WCC-123", "CI-04"));
        }

        /** A value of another type than the slot's: text for numbers, numbers for text, objects, lists... */
        Object wrongType(TypeRef type) {
            String named = type.named();
            List<Object> choices = new ArrayList<>(List.of(Map.of("a", 1), List.of(Map.of()), true,
                    new EnumLiteral("FOO"), new Num("1.5")));
            switch (schema.kindOf(named)) {
                case "INPUT_OBJECT" -> choices.addAll(List.of("{\"a\":1}", 42, List.of(1, 2)));
                case "ENUM" -> choices.addAll(List.of(42, "ALSO_NOT"));
                default -> {
                    if (Set.of("Int", "Float", "BigInteger", "BigDecimal", "Long").contains(named)) {
                        choices.addAll(List.of("12", "1,5", "twelve", "0x10", "", "1e3"));
                    } else if (named.equals("Boolean")) {
                        choices.addAll(List.of("true", 1, 0));
                    } else {
                        choices.addAll(List.of(42, new Num("-7"), false, new Num("1e308")));
                    }
                }
            }
            if (type.list()) {
                choices.add(Map.of("nested", List.of(1)));
            } else {
                choices.add(List.of(plausible("x", type.nullable(), 3)));
            }
            return copy(pick(choices));
        }

        /** The edges of the slot's type: the largest and smallest numbers, long and odd text. */
        Object extreme(TypeRef type) {
            String named = type.named();
            List<Object> choices = new ArrayList<>(List.of(new Num("-1"), new Num("0")));
            switch (named) {
                case "Int", "BigInteger", "Long" -> choices.addAll(List.of(new Num("2147483647"),
                        new Num("-2147483648"), new Num("2147483648"), new Num("-2147483649"),
                        new Num("9223372036854775807"), new Num("9223372036854775808"),
                        new Num("-9223372036854775809"), new Num("100000000000000000000000000000000000000000"),
                        new Num("1e308"), "NaN"));
                case "Float", "BigDecimal" -> choices.addAll(List.of(new Num("1e308"), new Num("-1e308"),
                        new Num("1.7976931348623157e308"), new Num("4.9e-324"), new Num("1e309"), new Num("-0.0"),
                        new Num("1e-400"), new Num("123456789012345678901234567890.123456789"), "NaN", "Infinity",
                        new Num("9223372036854775808")));
                default -> {
                    choices.addAll(ODD_STRINGS);
                    choices.addAll(List.of(LONG_ASCII, "a".repeat(201), " ".repeat(300), "9".repeat(400)));
                }
            }
            return pick(choices);
        }

        Object anyValue() {
            return copy(pick(List.of(1, "x", true, new Num("1e308"), Map.of("a", "b"), List.of(), new EnumLiteral("X"),
                    LONG_ASCII.substring(0, 2000), "\uD800")));
        }

        List<Object> deepList(int depth) {
            List<Object> list = new ArrayList<>(List.of("x"));
            for (int d = 0; d < depth; d++) {
                list = new ArrayList<>(List.of(list));
            }
            return list;
        }

        <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        /** A mutable copy, so that later disturbances can reach into it. */
        @SuppressWarnings("unchecked")
        static Object copy(Object value) {
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> copy = new LinkedHashMap<>();
                ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, copy(v)));
                return copy;
            }
            if (value instanceof List<?> list) {
                List<Object> copy = new ArrayList<>();
                list.forEach(v -> copy.add(copy(v)));
                return copy;
            }
            return value;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> castMap(Object map) {
            return (Map<String, Object>) map;
        }

        /** The request body: the operation with its arguments inline or as variables, and a small selection. */
        String render(Map<String, Object> args, boolean asVariables) {
            Map<String, TypeRef> declared = new LinkedHashMap<>();
            operation.field().args().forEach(a -> declared.put(a.name(), a.type()));
            StringBuilder definitions = new StringBuilder();
            Map<String, Object> variables = new LinkedHashMap<>();
            StringBuilder call = new StringBuilder();
            int n = 0;
            List<String> names = new ArrayList<>(args.keySet());
            if (asVariables && random.nextInt(4) == 0) {
                // a declared variable left out of the variables, for an argument the request omits or not
                declared.keySet().stream().filter(a -> !args.containsKey(a)).findFirst().ifPresent(names::add);
            }
            for (String name : names) {
                Object value = args.get(name);
                TypeRef type = declared.get(name);
                call.append(call.length() == 0 ? "" : ", ").append(name).append(": ");
                if (asVariables && type != null && random.nextInt(8) != 0) {
                    String variable = "v" + n++;
                    String sdl = random.nextInt(10) == 0 ? pick(List.of("String", "Int", "String!", "[String]",
                            "Float!", "Nope", type.nullable().sdl())) : type.sdl();
                    definitions.append(definitions.length() == 0 ? "" : ", ").append('$').append(variable)
                            .append(": ").append(sdl);
                    if (args.containsKey(name) && random.nextInt(12) != 0) {
                        variables.put(variable, value);
                    }
                    call.append('$').append(variable);
                } else {
                    Literal.write(value, call, random);
                }
            }
            if (asVariables && random.nextInt(10) == 0) {
                variables.put("unused", anyValue());
            }
            String selection = selection(operation.field().type());
            boolean named = random.nextBoolean();
            String alias = random.nextInt(5) == 0 ? "a: " : "";
            String document = operation.kind() + (named ? " Fuzz" : "")
                    + (definitions.length() > 0 ? "(" + definitions + ")" : "")
                    + " { " + alias + operation.field().name() + (call.length() > 0 ? "(" + call + ")" : "")
                    + selection + " }";
            if (!named && !asVariables && operation.kind().equals("query") && random.nextBoolean()) {
                document = document.substring("query".length()).strip(); // the shorthand form
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("query", document);
            if (asVariables) {
                body.put("variables", variables);
            }
            if (named) {
                body.put("operationName", "Fuzz");
            }
            return Json.write(body);
        }

        /** A few scalar fields of the type returned, {@code __typename} for an object or two, never deeper. */
        String selection(TypeRef type) {
            String named = type.named();
            String kind = schema.kindOf(named);
            if (kind.equals("SCALAR") || kind.equals("ENUM")) {
                return "";
            }
            if (!kind.equals("OBJECT")) {
                return " { __typename }";
            }
            List<String> chosen = new ArrayList<>();
            List<Field> fields = schema.type(named).fields().stream()
                    .filter(f -> f.args().stream().noneMatch(a -> a.type().nonNull())).toList();
            List<Field> leaves = fields.stream().filter(f -> Set.of("SCALAR", "ENUM")
                    .contains(schema.kindOf(f.type().named()))).toList();
            List<Field> objects = fields.stream().filter(f -> !leaves.contains(f)).toList();
            for (int n = 1 + random.nextInt(3); n > 0 && !leaves.isEmpty(); n--) {
                String leaf = pick(leaves).name();
                if (!chosen.contains(leaf)) {
                    chosen.add(leaf);
                }
            }
            if (!objects.isEmpty() && random.nextInt(3) == 0) {
                chosen.add(pick(objects).name() + " { __typename }");
            }
            if (chosen.isEmpty() || random.nextInt(4) == 0) {
                chosen.add("__typename");
            }
            return " { " + String.join(" ", chosen) + " }";
        }
    }

    // ---------------------------------------------------------------- the stand-in services

    static final String TASK = """
            {"id":"t-1","title":"Leicester Square","objective":"REASSURANCE","area":{"cellId":"150m-3533-1204"},
             "reportIds":["r-1"],"priority":"HIGH","windowStart":"2026-11-02T18:00:00Z",
             "windowEnd":"2026-11-03T02:00:00Z","powersNeeded":["DISPERSAL"],"status":"PLANNED","officerIds":["o-1"]}""";
    static final String PLAN = """
            {"id":"p-1","from":"2026-11-02T18:00:00Z","to":"2026-11-03T02:00:00Z","seed":42,"version":0,
             "quality":{"hotspots":3,"hotspotsVisited":3,"coverage":1.0,"visits":9},
             "visits":[{"id":"v-1","officerId":"o-1","staffNumber":"PC-01","taskId":"t-1","cellId":"150m-3533-1204",
              "startsAt":"2026-11-02T18:10:00Z","endsAt":"2026-11-02T18:22:00Z","locked":false,
              "explanation":"idle for 2 h"}],"createdBy":"tom","createdAt":"2026-11-02T17:00:00Z"}""";
    static final String NOTICE = """
            {"id":"n-7","type":"COMMUNITY_PROTECTION_WARNING","legalBasis":"s.43","status":"ISSUED",
             "issuingOfficer":{"staffNumber":"CI-04","organisation":"WESTMINSTER_COUNCIL"},"conduct":"Drinking",
             "location":{"lat":51.51,"lon":-0.13},"issuedAt":"2026-11-01T22:00:00Z","reportId":"r-1",
             "nextStatuses":["COMPLIED"],"version":2,"requirements":[{"text":"Stop","deadline":"2026-11-15"}]}""";
    static final String PAYMENT = """
            {"id":"pay-1","noticeId":"n-7","amount":50.00,"paidOn":"2026-11-05","channel":"ONLINE",
             "reference":"WCC-123","recordedBy":"ea","recordedAt":"2026-11-05T10:00:00Z"}""";
    static final String PSPO = """
            {"id":"WCC-ALCOHOL","name":"Westminster alcohol","status":"EXTENDED","activeFrom":"2025-12-03",
             "activeTo":"2028-12-02","area":{"type":"Polygon","coordinates":[[[-0.2,51.5],[-0.1,51.5],[-0.1,51.6],[-0.2,51.5]]]},
             "prohibitions":[{"code":"ALCOHOL_FAIL_TO_SURRENDER","wording":"Surrender alcohol when asked",
               "from":"22:00:00","to":"06:00:00"}],"consultations":[],"nextStatuses":["VARIED"],"version":3}""";

    static String page(String item) {
        return "{\"items\":[" + item + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}";
    }

    /** Every service read and write answers plausibly; a request the services do not have gets WireMock's 404. */
    void stubPlausibleAnswers() {
        String report = PactQueriesTest.REPORT.formatted("");
        Map<MappingBuilder, String> answers = new LinkedHashMap<>();
        // reports-service
        answers.put(get(urlPathMatching("/api/reports")), PactQueriesTest.REPORT_PAGE);
        answers.put(get(urlPathMatching("/api/reports/bulk")).atPriority(4), "[" + report + "]");
        answers.put(get(urlPathMatching("/api/reports/by-cell")).atPriority(4), "{\"150m-3533-1204\":[" + report + "]}");
        answers.put(get(urlPathMatching("/api/reports/[^/]+")), report);
        answers.put(get(urlPathMatching("/api/reports/[^/]+/history")), """
                [{"from":"NEW","to":"TRIAGED","changedBy":"olivia","changedAt":"2026-06-02T09:00:00Z",
                  "reason":"repeat location"}]""");
        answers.put(get(urlPathMatching("/api/reports/[^/]+/updates")), """
                [{"id":1,"kind":"TASK_ASSIGNED","status":"TASKED","publicText":"Officers have been tasked.",
                  "internalNote":"Task 'Soho' assigned to [PC-01]","actor":"tasking-service: tom",
                  "at":"2026-06-02T09:00:00Z"}]""");
        answers.put(get(urlPathMatching("/api/reports/[^/]+/risk")), """
                {"reportId":"r-1","score":3,"level":"STANDARD","reviewBy":"2026-06-10",
                 "breakdown":[{"factor":"REPEAT_LOCATION","points":3,"explanation":"3 reports in 30 days"}]}""");
        answers.put(get(urlPathMatching("/api/hotspots")), """
                {"method":"GI_STAR","cellSize":150,"distanceBand":300,"cellsInArea":1200,"reportsCounted":40,
                 "hotspots":[{"cellId":"150m-3533-1204","geometry":{"type":"Polygon","coordinates":[]},
                  "centre":{"lat":51.51,"lon":-0.13},"count":9,"zScore":3.1,"pValue":0.002,"confidenceBin":99,
                  "ward":{"code":"E05013808","name":"West End"},"topTypes":[{"category":"NOISE","count":4}]}]}""");
        answers.put(get(urlPathMatching("/api/hotspots/evaluation")), """
                {"method":"GI_STAR","cellSize":150,"cellsInArea":1200,"trainFrom":"2026-09-01T00:00:00Z",
                 "trainTo":"2026-10-01T00:00:00Z","testFrom":"2026-10-01T00:00:00Z","testTo":"2026-11-01T00:00:00Z",
                 "trainingReports":100,"testReports":40,"results":[{"areaShare":0.05,"cells":60,"hits":12,
                 "total":40,"hitRate":0.3,"pai":6.0,"pei":0.8}]}""");
        answers.put(get(urlPathMatching("/api/case-reviews")), """
                [{"id":"cr-1","kind":"COMMUNITY_TRIGGER","explanation":"3 reports in 6 months","status":"OPEN",
                  "ward":"West End","openedAt":"2026-06-01T10:00:00Z","acknowledgeBy":"2026-06-03",
                  "panelBy":"2026-06-15","outcomeBy":"2026-06-30","appealWithinWorkingDaysOfOutcome":10,
                  "reportIds":["r-1"]}]""");
        // tasking-service
        answers.put(get(urlPathMatching("/api/officers")), page("""
                {"id":"o-1","staffNumber":"PC-01","displayName":"PC One","organisation":"MET_POLICE","role":"PC",
                 "mode":"FOOT","team":"PACT","powers":["DISPERSAL"],"login":"pc"}"""));
        answers.put(get(urlPathMatching("/api/tasks")), page(TASK));
        answers.put(get(urlPathMatching("/api/tasks/by-(cell|report|officer)")), "{\"r-1\":[" + TASK + "]}");
        answers.put(get(urlPathMatching("/api/tasks/batch")), "[" + TASK + "]");
        answers.put(get(urlPathMatching("/api/availability")), """
                [{"officerId":"o-1","staffNumber":"PC-01","displayName":"PC One","organisation":"MET_POLICE",
                  "team":"PACT","availability":"ON_TASK","at":"2026-11-02T20:00:00Z"}]""");
        answers.put(get(urlPathMatching("/api/officers/[^/]+/duty-periods")), """
                [{"id":"d-1","officerId":"o-1","kind":"SHIFT","startsAt":"2026-11-02T18:00:00Z",
                  "endsAt":"2026-11-03T02:00:00Z"}]""");
        answers.put(get(urlPathMatching("/api/plans/[^/]+")), PLAN);
        answers.put(get(urlPathMatching("/api/dose")), """
                {"from":"2026-11-02T18:00:00Z","to":"2026-11-03T02:00:00Z",
                 "tasks":[{"taskId":"t-1","title":"Leicester Square","cellId":"150m-1-1","plannedVisits":4,
                   "plannedMinutes":50,"deliveredVisits":3,"deliveredMinutes":41.5,"officers":2}],
                 "totals":{"tasks":1,"tasksVisited":1,"deliveredMinutes":41.5,"checkInsCounted":720}}""");
        // enforcement-service
        answers.put(get(urlPathMatching("/api/notices")), page(NOTICE));
        answers.put(get(urlPathMatching("/api/v1/notices/by-(report|task|officer|pspo)")).atPriority(4),
                "[{\"key\":\"r-1\",\"notices\":[" + NOTICE + "]}]");
        answers.put(get(urlPathMatching("/api/v1/notices/[^/]+")), NOTICE);
        answers.put(get(urlPathMatching("/api/v1/notices/[^/]+/payments")), "[" + PAYMENT + "]");
        answers.put(get(urlPathMatching("/api/v1/pspos")), "[" + PSPO + "]");
        answers.put(get(urlPathMatching("/api/v1/pspos/applicable")).atPriority(4), """
                [{"orderId":"WCC-ALCOHOL","orderName":"Westminster alcohol",
                  "prohibitionCode":"ALCOHOL_FAIL_TO_SURRENDER","wording":"Surrender alcohol when asked"}]""");
        answers.put(get(urlPathMatching("/api/v1/pspos/[^/]+")), PSPO);
        // the writes
        answers.put(post(urlPathMatching("/api/reports")), report);
        answers.put(post(urlPathMatching("/api/reports/[^/]+/status")), report);
        answers.put(post(urlPathMatching("/api/tasks/from-hotspots")),
                "{\"created\":[" + TASK + "],\"alreadyTasked\":[\"150m-3534-1204\"]}");
        answers.put(post(urlPathMatching("/api/plans")), PLAN);
        answers.put(put(urlPathMatching("/api/plans/[^/]+/visits/[^/]+")), PLAN);
        answers.put(post(urlPathMatching("/api/plans/[^/]+/replan")), PLAN);
        answers.put(post(urlPathMatching("/api/officers/[^/]+/check-ins")),
                "{\"received\":2,\"stored\":1,\"duplicates\":1}");
        answers.put(post(urlPathMatching("/api/v1/notices")), NOTICE);
        answers.put(post(urlPathMatching("/api/v1/notices/[^/]+/status")), NOTICE);
        answers.put(post(urlPathMatching("/api/v1/notices/[^/]+/payments")), PAYMENT);
        // WireMock's default priority is 5: the specific paths above (priority 4) win over the {id} patterns
        answers.forEach((request, body) -> backends.stubFor(request.willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody(body))));
    }
}
