package pact.k8s;

import java.util.ArrayList;
import java.util.List;

/** What is wrong with a set of manifests, each line naming the object and, where there is one, the field. */
final class Problems {

    private final List<String> lines = new ArrayList<>();

    void add(String objectId, String field, String message) {
        lines.add(objectId + ": " + (field == null || field.isEmpty() ? "" : field + ": ") + message);
    }

    void add(Manifest manifest, String field, String message) {
        add(manifest.id(), field, message);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Fails with every problem, one a line, so one build names all broken fields at once. */
    void assertNone(String what) {
        if (!lines.isEmpty()) {
            throw new AssertionError(what + " has " + lines.size() + " problem(s):\n  " + String.join("\n  ", lines));
        }
    }
}
