package pact.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * One rendered object: its YAML as a tree, and the typed fabric8 object when the kind is a
 * Kubernetes type (null for custom resources such as CloudNativePG's Cluster).
 */
record Manifest(String apiVersion, String kind, String name, JsonNode raw, HasMetadata typed) {

    /** How messages name the object: Kind/name. */
    String id() {
        return kind + "/" + name;
    }

    <T> T as(Class<T> type) {
        return type.cast(typed);
    }

    boolean is(String wantedKind) {
        return kind.equals(wantedKind);
    }
}
