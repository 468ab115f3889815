package pact.k8s;

import java.util.List;

/** Reads rendered manifests and runs every check: schema (typed and custom resources), then policies. */
final class ManifestValidator {

    private ManifestValidator() {
    }

    static Problems validate(String yaml, Policies.Options options) {
        Problems problems = new Problems();
        List<Manifest> manifests = ManifestReader.read(yaml, problems);
        for (Manifest m : manifests) {
            if (m.typed() != null) {
                TypedChecks.check(m, problems);
            } else {
                CrdSchemas.check(m, problems);
            }
        }
        Policies.check(manifests, options, problems);
        return problems;
    }

    static List<Manifest> read(String yaml) {
        Problems problems = new Problems();
        List<Manifest> manifests = ManifestReader.read(yaml, problems);
        problems.assertNone("the manifests");
        return manifests;
    }
}
