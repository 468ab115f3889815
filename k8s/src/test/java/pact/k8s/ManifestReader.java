package pact.k8s;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a multi-document YAML stream into {@link Manifest}s, typed by fabric8 where the kind is a Kubernetes type. */
final class ManifestReader {

    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final YAMLMapper YAML = new YAMLMapper();

    private ManifestReader() {
    }

    static List<Manifest> read(String yaml, Problems problems) {
        List<Manifest> manifests = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            int index = 0;
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                index++;
                if (doc == null || doc.isNull() || doc.isEmpty()) {
                    continue;
                }
                Manifest manifest = read(doc, index, problems);
                if (manifest != null) {
                    manifests.add(manifest);
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add("YAML", null, "cannot parse the rendered manifests: " + e.getMessage());
        }
        return manifests;
    }

    private static Manifest read(JsonNode doc, int index, Problems problems) {
        String apiVersion = doc.path("apiVersion").asText("");
        String kind = doc.path("kind").asText("");
        String name = doc.path("metadata").path("name").asText("");
        String id = (kind.isEmpty() ? "document " + index : kind) + "/" + (name.isEmpty() ? "(no name)" : name);
        if (apiVersion.isEmpty() || kind.isEmpty()) {
            problems.add(id, apiVersion.isEmpty() ? "apiVersion" : "kind", "missing required field");
            return null;
        }
        Class<? extends KubernetesResource> type = SERIALIZATION.getRegisteredKubernetesResource(apiVersion, kind);
        if (type == null || !HasMetadata.class.isAssignableFrom(type)
                || type == io.fabric8.kubernetes.api.model.GenericKubernetesResource.class) {
            return new Manifest(apiVersion, kind, name, doc, null);
        }
        try {
            HasMetadata typed = (HasMetadata) SERIALIZATION.convertValue(doc, type);
            return new Manifest(apiVersion, kind, name, doc, typed);
        } catch (IllegalArgumentException e) {
            problems.add(id, fieldOf(e), "cannot be read as " + type.getSimpleName() + ": " + reason(e));
            return null;
        }
    }

    /** The dotted path Jackson was reading when it failed, e.g. spec.replicas. */
    private static String fieldOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JsonMappingException.Reference ref : mapping.getPath()) {
                    if (ref.getFieldName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
                    } else if (ref.getIndex() >= 0) {
                        path.append('[').append(ref.getIndex()).append(']');
                    }
                }
                return path.toString();
            }
        }
        return null;
    }

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonMappingException mapping) {
                return mapping.getOriginalMessage().lines().findFirst().orElse("");
            }
        }
        return e.getMessage();
    }
}
