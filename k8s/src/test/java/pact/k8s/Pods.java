package pact.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pods a set of manifests will run: workload pod templates, and the instances of CloudNativePG clusters. */
final class Pods {

    /** A pod as network policies see it: where it runs, its labels, its named ports. */
    record Pod(String owner, String namespace, Map<String, String> labels, Map<String, Integer> namedPorts) {

        /** A pod outside the cluster's pod network (the internet, the API server), for ipBlock rules. */
        static Pod external(String what) {
            return new Pod(what, null, Map.of(), Map.of());
        }

        static Pod in(String namespace, Map<String, String> labels) {
            return new Pod(namespace + "/" + labels, namespace, labels, Map.of());
        }
    }

    /** A workload and the template its pods come from. */
    record Template(Manifest owner, String path, PodTemplateSpec template) {
    }

    private Pods() {
    }

    static List<Template> templates(List<Manifest> manifests) {
        List<Template> templates = new ArrayList<>();
        for (Manifest m : manifests) {
            if (m.typed() instanceof Deployment d && d.getSpec() != null && d.getSpec().getTemplate() != null) {
                templates.add(new Template(m, "spec.template", d.getSpec().getTemplate()));
            } else if (m.typed() instanceof StatefulSet s && s.getSpec() != null && s.getSpec().getTemplate() != null) {
                templates.add(new Template(m, "spec.template", s.getSpec().getTemplate()));
            } else if (m.typed() instanceof DaemonSet s && s.getSpec() != null && s.getSpec().getTemplate() != null) {
                templates.add(new Template(m, "spec.template", s.getSpec().getTemplate()));
            } else if (m.typed() instanceof Job j && j.getSpec() != null && j.getSpec().getTemplate() != null) {
                templates.add(new Template(m, "spec.template", j.getSpec().getTemplate()));
            }
        }
        return templates;
    }

    static List<Pod> all(List<Manifest> manifests, String namespace) {
        List<Pod> pods = new ArrayList<>();
        for (Template t : templates(manifests)) {
            Map<String, Integer> ports = new HashMap<>();
            t.template().getSpec().getContainers().forEach(c -> {
                if (c.getPorts() != null) {
                    c.getPorts().forEach(p -> {
                        if (p.getName() != null) {
                            ports.put(p.getName(), p.getContainerPort());
                        }
                    });
                }
            });
            Map<String, String> labels = t.template().getMetadata() == null || t.template().getMetadata().getLabels() == null
                    ? Map.of() : t.template().getMetadata().getLabels();
            pods.add(new Pod(t.owner().id(), namespace, labels, ports));
        }
        for (Manifest m : manifests) {
            if (m.is("Cluster") && m.apiVersion().startsWith("postgresql.cnpg.io/")) {
                Map<String, String> labels = new LinkedHashMap<>();
                JsonNode inherited = m.raw().path("spec").path("inheritedMetadata").path("labels");
                inherited.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
                labels.put("cnpg.io/cluster", m.name());
                pods.add(new Pod(m.id(), namespace, labels, Map.of("postgresql", 5432, "metrics", 9187, "status", 8000)));
            }
        }
        return pods;
    }
}
