package pact.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Schemas for the custom resources the overlays use (CloudNativePG, cert-manager), written for the
 * fields PACT uses: the operators' CRDs are not available offline. A field missing here is reported
 * as unknown; add it to the schema when you start using it, after checking the operator's docs.
 */
final class CrdSchemas {

    /** A node of the schema: checks one JSON value at a path. */
    interface Schema {
        void check(JsonNode node, String path, Manifest manifest, Problems problems);
    }

    private static final Pattern QUANTITY = Pattern.compile("^[0-9]+(\\.[0-9]+)?(m|k|Ki|Mi|Gi|Ti|M|G|T)?$");

    private static final Map<String, Schema> SPECS = new LinkedHashMap<>();

    static {
        Schema secretKey = object(Map.of("name", string(), "key", string()), Set.of("name", "key"));
        Schema compression = oneOf("gzip", "bzip2", "snappy", "lz4", "xz", "zstd");
        SPECS.put("postgresql.cnpg.io/v1|Cluster", object(entries(
                "instances", integer(1),
                "imageName", string(),
                "primaryUpdateStrategy", oneOf("unsupervised", "supervised"),
                "primaryUpdateMethod", oneOf("switchover", "restart"),
                "inheritedMetadata", object(Map.of("labels", stringMap(), "annotations", stringMap()), Set.of()),
                "affinity", object(Map.of(
                        "enablePodAntiAffinity", bool(),
                        "topologyKey", string(),
                        "podAntiAffinityType", oneOf("preferred", "required"),
                        "nodeSelector", stringMap()), Set.of()),
                "storage", object(Map.of("size", pattern(QUANTITY), "storageClass", string()), Set.of("size")),
                "walStorage", object(Map.of("size", pattern(QUANTITY), "storageClass", string()), Set.of("size")),
                "resources", object(Map.of("requests", quantityMap(), "limits", quantityMap()), Set.of()),
                "bootstrap", object(Map.of("initdb", object(Map.of(
                        "database", string(),
                        "owner", string(),
                        "secret", object(Map.of("name", string()), Set.of("name"))),
                        Set.of("database", "owner", "secret"))), Set.of("initdb")),
                "superuserSecret", object(Map.of("name", string()), Set.of("name")),
                "enableSuperuserAccess", bool(),
                "postgresql", object(Map.of("parameters", stringMap()), Set.of()),
                "monitoring", object(Map.of("enablePodMonitor", bool()), Set.of()),
                "backup", object(Map.of(
                        "retentionPolicy", pattern(Pattern.compile("^[1-9][0-9]*[dwm]$")),
                        "barmanObjectStore", object(Map.of(
                                "destinationPath", pattern(Pattern.compile("^(s3|gs|https?)://.+")),
                                "endpointURL", string(),
                                "s3Credentials", object(Map.of(
                                        "accessKeyId", secretKey,
                                        "secretAccessKey", secretKey,
                                        "region", secretKey), Set.of("accessKeyId", "secretAccessKey")),
                                "wal", object(Map.of("compression", compression, "maxParallel", integer(1)), Set.of()),
                                "data", object(Map.of("compression", compression, "jobs", integer(1)), Set.of())),
                                Set.of("destinationPath"))),
                        Set.of("barmanObjectStore"))),
                Set.of("instances", "storage", "bootstrap")));
        SPECS.put("postgresql.cnpg.io/v1|ScheduledBackup", object(Map.of(
                // six fields: CloudNativePG's cron has seconds first
                "schedule", pattern(Pattern.compile("^\\S+( \\S+){5}$")),
                "cluster", object(Map.of("name", string()), Set.of("name")),
                "backupOwnerReference", oneOf("none", "self", "cluster"),
                "method", oneOf("barmanObjectStore", "volumeSnapshot", "plugin"),
                "immediate", bool(),
                "suspend", bool()), Set.of("schedule", "cluster")));
        Schema issuerSpec = exactlyOne(object(Map.of(
                "selfSigned", object(Map.of(), Set.of()),
                "ca", object(Map.of("secretName", string()), Set.of("secretName")),
                "acme", object(Map.of(
                        "server", pattern(Pattern.compile("^https://.+")),
                        "email", string(),
                        "privateKeySecretRef", object(Map.of("name", string()), Set.of("name")),
                        "solvers", any()), Set.of("server", "privateKeySecretRef"))), Set.of()),
                Set.of("selfSigned", "ca", "acme"));
        SPECS.put("cert-manager.io/v1|Issuer", issuerSpec);
        SPECS.put("cert-manager.io/v1|ClusterIssuer", issuerSpec);
    }

    private CrdSchemas() {
    }

    static boolean knows(String apiVersion, String kind) {
        return SPECS.containsKey(apiVersion + "|" + kind);
    }

    /** Checks a custom resource; an apiVersion/kind with no schema here is itself a problem. */
    static void check(Manifest manifest, Problems problems) {
        JsonNode raw = manifest.raw();
        Schema spec = SPECS.get(manifest.apiVersion() + "|" + manifest.kind());
        if (spec == null) {
            List<String> versions = SPECS.keySet().stream()
                    .filter(key -> key.endsWith("|" + manifest.kind()))
                    .map(key -> key.substring(0, key.indexOf('|')))
                    .toList();
            problems.add(manifest, "apiVersion", versions.isEmpty()
                    ? "\"" + manifest.apiVersion() + "\" " + manifest.kind()
                            + " is neither a Kubernetes type nor a custom resource with a schema in CrdSchemas"
                    : "\"" + manifest.apiVersion() + "\" is not a known version of " + manifest.kind()
                            + "; expected " + versions);
            return;
        }
        for (Iterator<String> names = raw.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!Set.of("apiVersion", "kind", "metadata", "spec").contains(name)) {
                problems.add(manifest, name, "unknown field (not in " + manifest.kind() + ")");
            }
        }
        if (manifest.name().isBlank()) {
            problems.add(manifest, "metadata.name", "missing required field");
        }
        try {
            ObjectMeta metadata = ManifestReader.SERIALIZATION.convertValue(raw.path("metadata"), ObjectMeta.class);
            TypedChecks.walk(metadata, "metadata", manifest, problems);
        } catch (IllegalArgumentException e) {
            problems.add(manifest, "metadata", "cannot be read as ObjectMeta: " + e.getMessage());
        }
        if (!raw.has("spec")) {
            problems.add(manifest, "spec", "missing required field");
            return;
        }
        spec.check(raw.get("spec"), "spec", manifest, problems);
    }

    private static Map<String, Schema> entries(Object... keysAndSchemas) {
        Map<String, Schema> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndSchemas.length; i += 2) {
            map.put((String) keysAndSchemas[i], (Schema) keysAndSchemas[i + 1]);
        }
        return map;
    }

    static Schema object(Map<String, Schema> properties, Set<String> required) {
        return (node, path, manifest, problems) -> {
            if (!node.isObject()) {
                problems.add(manifest, path, "must be an object");
                return;
            }
            for (String name : new TreeSet<>(required)) {
                if (!node.has(name) || node.get(name).isNull()) {
                    problems.add(manifest, TypedChecks.join(path, name), "missing required field");
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                Schema schema = properties.get(field.getKey());
                String fieldPath = TypedChecks.join(path, field.getKey());
                if (schema == null) {
                    problems.add(manifest, fieldPath, "unknown field (allowed: " + new TreeSet<>(properties.keySet()) + ")");
                } else {
                    schema.check(field.getValue(), fieldPath, manifest, problems);
                }
            }
        };
    }

    /** An object that must set exactly one of the given fields (a union, like an Issuer's kind of CA). */
    static Schema exactlyOne(Schema object, Set<String> choices) {
        return (node, path, manifest, problems) -> {
            object.check(node, path, manifest, problems);
            long set = choices.stream().filter(node::has).count();
            if (node.isObject() && set != 1) {
                problems.add(manifest, path, "must set exactly one of " + new TreeSet<>(choices) + ", sets " + set);
            }
        };
    }

    static Schema string() {
        return (node, path, manifest, problems) -> {
            if (!node.isTextual() || node.asText().isBlank()) {
                problems.add(manifest, path, "must be a non-empty string");
            }
        };
    }

    static Schema pattern(Pattern pattern) {
        return (node, path, manifest, problems) -> {
            if (!node.isTextual() || !pattern.matcher(node.asText()).matches()) {
                problems.add(manifest, path, "\"" + node.asText() + "\" does not match " + pattern.pattern());
            }
        };
    }

    static Schema oneOf(String... values) {
        Set<String> allowed = Set.of(values);
        return (node, path, manifest, problems) -> {
            if (!node.isTextual() || !allowed.contains(node.asText())) {
                problems.add(manifest, path, "\"" + node.asText() + "\" is not one of " + new TreeSet<>(allowed));
            }
        };
    }

    static Schema integer(int minimum) {
        return (node, path, manifest, problems) -> {
            if (!node.isIntegralNumber()) {
                problems.add(manifest, path, "must be an integer");
            } else if (node.asInt() < minimum) {
                problems.add(manifest, path, "must be at least " + minimum + ", is " + node.asInt());
            }
        };
    }

    static Schema bool() {
        return (node, path, manifest, problems) -> {
            if (!node.isBoolean()) {
                problems.add(manifest, path, "must be true or false");
            }
        };
    }

    static Schema stringMap() {
        return (node, path, manifest, problems) -> {
            if (!node.isObject()) {
                problems.add(manifest, path, "must be a map of strings");
                return;
            }
            node.fields().forEachRemaining(field -> {
                if (!field.getValue().isTextual()) {
                    problems.add(manifest, TypedChecks.join(path, field.getKey()), "must be a string");
                }
            });
        };
    }

    static Schema quantityMap() {
        Schema quantity = pattern(QUANTITY);
        return (node, path, manifest, problems) -> {
            if (!node.isObject()) {
                problems.add(manifest, path, "must be a map of quantities");
                return;
            }
            node.fields().forEachRemaining(field -> {
                if (!Set.of("cpu", "memory", "ephemeral-storage").contains(field.getKey())) {
                    problems.add(manifest, TypedChecks.join(path, field.getKey()), "unknown resource (cpu, memory, ephemeral-storage)");
                }
                quantity.check(field.getValue(), TypedChecks.join(path, field.getKey()), manifest, problems);
            });
        };
    }

    static Schema any() {
        return (node, path, manifest, problems) -> {
        };
    }
}
