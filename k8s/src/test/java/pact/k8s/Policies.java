package pact.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * PACT's deployment policies, on top of the schema checks: every workload has probes, limits, a
 * non-root read-only security context and a pinned image; every app has its own NetworkPolicy;
 * every Secret and ConfigMap is used, and everything a pod refers to exists.
 */
final class Policies {

    /** Health endpoints of the Quarkus apps, by probe. */
    private static final Map<String, String> QUARKUS_HEALTH = Map.of(
            "livenessProbe", "/q/health/live",
            "readinessProbe", "/q/health/ready",
            "startupProbe", "/q/health/started");

    /** Dev overlays may run snapshot builds; release overlays must not, nor dev placeholders. */
    record Options(boolean release) {
    }

    private final List<Manifest> manifests;
    private final Options options;
    private final Problems problems;

    private Policies(List<Manifest> manifests, Options options, Problems problems) {
        this.manifests = manifests;
        this.options = options;
        this.problems = problems;
    }

    static void check(List<Manifest> manifests, Options options, Problems problems) {
        Policies policies = new Policies(manifests, options, problems);
        policies.workloads();
        policies.references();
        policies.services();
        policies.networkPolicies();
        policies.scaling();
        policies.backupSchedules();
        if (options.release()) {
            policies.release();
        }
    }

    // ---- workloads: probes, resources, security context, image ----

    private void workloads() {
        for (Pods.Template t : Pods.templates(manifests)) {
            PodSpec pod = t.template().getSpec();
            String path = t.path() + ".spec";
            if (pod == null) {
                problems.add(t.owner(), path, "missing required field");
                continue;
            }
            PodSecurityContext podSecurity = pod.getSecurityContext();
            boolean podNonRoot = podSecurity != null && Boolean.TRUE.equals(podSecurity.getRunAsNonRoot());
            boolean podSeccomp = podSecurity != null && podSecurity.getSeccompProfile() != null
                    && "RuntimeDefault".equals(podSecurity.getSeccompProfile().getType());
            if (podSecurity != null && Long.valueOf(0).equals(podSecurity.getRunAsUser())) {
                problems.add(t.owner(), path + ".securityContext.runAsUser", "must not be 0 (root)");
            }
            boolean quarkusApp = isQuarkusApp(t);
            List<Container> containers = pod.getContainers() == null ? List.of() : pod.getContainers();
            for (int i = 0; i < containers.size(); i++) {
                container(t, pod, containers.get(i), path + ".containers[" + i + "]", podNonRoot, podSeccomp, true, quarkusApp);
            }
            List<Container> inits = pod.getInitContainers() == null ? List.of() : pod.getInitContainers();
            for (int i = 0; i < inits.size(); i++) {
                container(t, pod, inits.get(i), path + ".initContainers[" + i + "]", podNonRoot, podSeccomp, false, false);
            }
        }
    }

    private void container(Pods.Template t, PodSpec pod, Container c, String path, boolean podNonRoot,
            boolean podSeccomp, boolean needsProbes, boolean quarkusApp) {
        Manifest owner = t.owner();
        image(owner, c.getImage(), path + ".image");
        if (needsProbes) {
            probe(owner, c.getLivenessProbe(), path, "livenessProbe", c, quarkusApp);
            probe(owner, c.getReadinessProbe(), path, "readinessProbe", c, quarkusApp);
            if (quarkusApp) {
                probe(owner, c.getStartupProbe(), path, "startupProbe", c, true);
            }
        }
        for (String bound : List.of("requests", "limits")) {
            Map<String, Quantity> values = c.getResources() == null ? null
                    : bound.equals("limits") ? c.getResources().getLimits() : c.getResources().getRequests();
            for (String resource : List.of("cpu", "memory")) {
                if (values == null || values.get(resource) == null) {
                    problems.add(owner, path + ".resources." + bound + "." + resource, "must be set");
                }
            }
        }
        SecurityContext sc = c.getSecurityContext();
        String scPath = path + ".securityContext";
        if (sc == null) {
            problems.add(owner, scPath, "must be set (non-root, read-only root filesystem, no privilege escalation, drop ALL)");
            return;
        }
        if (!podNonRoot && !Boolean.TRUE.equals(sc.getRunAsNonRoot())) {
            problems.add(owner, scPath + ".runAsNonRoot", "must be true (here or in the pod's securityContext)");
        }
        if (Long.valueOf(0).equals(sc.getRunAsUser())) {
            problems.add(owner, scPath + ".runAsUser", "must not be 0 (root)");
        }
        if (!Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())) {
            problems.add(owner, scPath + ".readOnlyRootFilesystem", "must be true");
        } else if (!hasWritableTmp(pod, c)) {
            problems.add(owner, path + ".volumeMounts", "must mount an emptyDir at /tmp (the root filesystem is read-only)");
        }
        if (!Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
            problems.add(owner, scPath + ".allowPrivilegeEscalation", "must be false");
        }
        if (Boolean.TRUE.equals(sc.getPrivileged())) {
            problems.add(owner, scPath + ".privileged", "must not be true");
        }
        if (sc.getCapabilities() == null || sc.getCapabilities().getDrop() == null
                || !sc.getCapabilities().getDrop().contains("ALL")) {
            problems.add(owner, scPath + ".capabilities.drop", "must contain ALL");
        }
        if (sc.getCapabilities() != null && sc.getCapabilities().getAdd() != null && !sc.getCapabilities().getAdd().isEmpty()) {
            problems.add(owner, scPath + ".capabilities.add", "must be empty");
        }
        boolean seccomp = sc.getSeccompProfile() == null ? podSeccomp : "RuntimeDefault".equals(sc.getSeccompProfile().getType());
        if (!seccomp) {
            problems.add(owner, scPath + ".seccompProfile.type", "must be RuntimeDefault (here or in the pod's securityContext)");
        }
    }

    private void probe(Manifest owner, Probe probe, String path, String which, Container c, boolean quarkusApp) {
        String field = path + "." + which;
        if (probe == null) {
            problems.add(owner, field, "must be set");
            return;
        }
        int handlers = (probe.getHttpGet() != null ? 1 : 0) + (probe.getExec() != null ? 1 : 0)
                + (probe.getTcpSocket() != null ? 1 : 0) + (probe.getGrpc() != null ? 1 : 0);
        if (handlers != 1) {
            problems.add(owner, field, "must have exactly one of httpGet, exec, tcpSocket, grpc");
            return;
        }
        if (quarkusApp) {
            String expected = QUARKUS_HEALTH.get(which);
            if (probe.getHttpGet() == null || !expected.equals(probe.getHttpGet().getPath())) {
                problems.add(owner, field + ".httpGet.path", "must be " + expected + " (SmallRye Health)");
            }
        }
        if (probe.getHttpGet() != null && probe.getHttpGet().getPort() != null) {
            var port = probe.getHttpGet().getPort();
            boolean exists = c.getPorts() != null && c.getPorts().stream().anyMatch(p -> port.getIntVal() != null
                    ? Objects.equals(p.getContainerPort(), port.getIntVal())
                    : Objects.equals(p.getName(), port.getStrVal()));
            if (!exists) {
                problems.add(owner, field + ".httpGet.port", "\"" + (port.getIntVal() != null ? port.getIntVal() : port.getStrVal())
                        + "\" is not a port of container " + c.getName());
            }
        }
    }

    private void image(Manifest owner, String image, String field) {
        if (image == null || image.isBlank()) {
            return; // reported as a missing required field
        }
        if (image.contains("@sha256:")) {
            return;
        }
        String lastPart = image.substring(image.lastIndexOf('/') + 1);
        int colon = lastPart.indexOf(':');
        if (colon < 0) {
            problems.add(owner, field, "\"" + image + "\" has no tag: pin a version (overlay `images:`)");
            return;
        }
        String tag = lastPart.substring(colon + 1);
        if (tag.equalsIgnoreCase("latest")) {
            problems.add(owner, field, "\"" + image + "\" uses the tag latest: pin a version");
        } else if (options.release() && tag.toUpperCase().contains("SNAPSHOT")) {
            problems.add(owner, field, "\"" + image + "\" is a snapshot build: production needs a released tag");
        }
    }

    private static boolean hasWritableTmp(PodSpec pod, Container c) {
        if (c.getVolumeMounts() == null) {
            return false;
        }
        for (VolumeMount mount : c.getVolumeMounts()) {
            if ("/tmp".equals(mount.getMountPath()) && !Boolean.TRUE.equals(mount.getReadOnly()) && pod.getVolumes() != null) {
                for (Volume v : pod.getVolumes()) {
                    if (v.getName().equals(mount.getName()) && v.getEmptyDir() != null) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The portal, the gateway and the services: Quarkus apps with SmallRye Health. */
    private static boolean isQuarkusApp(Pods.Template t) {
        Map<String, String> labels = t.template().getMetadata() == null ? null : t.template().getMetadata().getLabels();
        return isQuarkusComponent(labels == null ? null : labels.get("app.kubernetes.io/component"));
    }

    private static boolean isQuarkusComponent(String component) {
        return "service".equals(component) || "gateway".equals(component) || "portal".equals(component);
    }

    // ---- references between objects ----

    private void references() {
        Map<String, Set<String>> secretKeys = keys("Secret");
        Map<String, Set<String>> configMapKeys = keys("ConfigMap");
        Set<String> usedSecrets = new HashSet<>();
        Set<String> usedConfigMaps = new HashSet<>();
        for (Pods.Template t : Pods.templates(manifests)) {
            PodSpec pod = t.template().getSpec();
            String path = t.path() + ".spec";
            List<Container> all = new ArrayList<>();
            List<String> paths = new ArrayList<>();
            if (pod.getContainers() != null) {
                for (int i = 0; i < pod.getContainers().size(); i++) {
                    all.add(pod.getContainers().get(i));
                    paths.add(path + ".containers[" + i + "]");
                }
            }
            if (pod.getInitContainers() != null) {
                for (int i = 0; i < pod.getInitContainers().size(); i++) {
                    all.add(pod.getInitContainers().get(i));
                    paths.add(path + ".initContainers[" + i + "]");
                }
            }
            for (int ci = 0; ci < all.size(); ci++) {
                Container c = all.get(ci);
                if (c.getEnv() != null) {
                    for (int i = 0; i < c.getEnv().size(); i++) {
                        EnvVar env = c.getEnv().get(i);
                        String field = paths.get(ci) + ".env[" + i + "].valueFrom";
                        if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                            var ref = env.getValueFrom().getSecretKeyRef();
                            refer(t.owner(), field + ".secretKeyRef", "Secret", ref.getName(), ref.getKey(),
                                    ref.getOptional(), secretKeys, usedSecrets);
                        }
                        if (env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null) {
                            var ref = env.getValueFrom().getConfigMapKeyRef();
                            refer(t.owner(), field + ".configMapKeyRef", "ConfigMap", ref.getName(), ref.getKey(),
                                    ref.getOptional(), configMapKeys, usedConfigMaps);
                        }
                    }
                }
                if (c.getEnvFrom() != null) {
                    for (int i = 0; i < c.getEnvFrom().size(); i++) {
                        EnvFromSource from = c.getEnvFrom().get(i);
                        String field = paths.get(ci) + ".envFrom[" + i + "]";
                        if (from.getSecretRef() != null) {
                            refer(t.owner(), field + ".secretRef", "Secret", from.getSecretRef().getName(), null,
                                    from.getSecretRef().getOptional(), secretKeys, usedSecrets);
                        }
                        if (from.getConfigMapRef() != null) {
                            refer(t.owner(), field + ".configMapRef", "ConfigMap", from.getConfigMapRef().getName(), null,
                                    from.getConfigMapRef().getOptional(), configMapKeys, usedConfigMaps);
                        }
                    }
                }
            }
            if (pod.getVolumes() != null) {
                for (int i = 0; i < pod.getVolumes().size(); i++) {
                    Volume v = pod.getVolumes().get(i);
                    String field = path + ".volumes[" + i + "]";
                    if (v.getSecret() != null) {
                        refer(t.owner(), field + ".secret.secretName", "Secret", v.getSecret().getSecretName(), null,
                                v.getSecret().getOptional(), secretKeys, usedSecrets);
                    }
                    if (v.getConfigMap() != null) {
                        refer(t.owner(), field + ".configMap.name", "ConfigMap", v.getConfigMap().getName(), null,
                                v.getConfigMap().getOptional(), configMapKeys, usedConfigMaps);
                    }
                }
            }
            if (pod.getImagePullSecrets() != null) {
                pod.getImagePullSecrets().forEach(ref -> usedSecrets.add(ref.getName()));
            }
        }
        for (Manifest m : manifests) {
            if (m.typed() instanceof Ingress ingress && ingress.getSpec().getTls() != null) {
                // cert-manager creates and renews TLS secrets named here, so they need not be in the manifests
                boolean issued = ingress.getMetadata().getAnnotations() != null && ingress.getMetadata().getAnnotations().keySet()
                        .stream().anyMatch(k -> k.equals("cert-manager.io/issuer") || k.equals("cert-manager.io/cluster-issuer"));
                List<IngressTLS> tls = ingress.getSpec().getTls();
                for (int i = 0; i < tls.size(); i++) {
                    String name = tls.get(i).getSecretName();
                    usedSecrets.add(name);
                    if (!issued && !secretKeys.containsKey(name)) {
                        problems.add(m, "spec.tls[" + i + "].secretName", "refers to Secret/" + name
                                + ", which is not in the manifests and no cert-manager issuer annotation creates it");
                    }
                }
            }
            if (m.is("Cluster") && m.apiVersion().startsWith("postgresql.cnpg.io/")) {
                JsonNode spec = m.raw().path("spec");
                clusterSecret(m, spec.path("bootstrap").path("initdb").path("secret"), "spec.bootstrap.initdb.secret", secretKeys, usedSecrets);
                clusterSecret(m, spec.path("superuserSecret"), "spec.superuserSecret", secretKeys, usedSecrets);
                JsonNode s3 = spec.path("backup").path("barmanObjectStore").path("s3Credentials");
                for (String key : List.of("accessKeyId", "secretAccessKey", "region")) {
                    clusterSecret(m, s3.path(key), "spec.backup.barmanObjectStore.s3Credentials." + key, secretKeys, usedSecrets);
                }
            }
        }
        for (Manifest m : manifests) {
            if (m.typed() instanceof Secret && !usedSecrets.contains(m.name())) {
                problems.add(m, null, "is not referenced by any workload, Ingress or database cluster: delete it or use it");
            }
            if (m.typed() instanceof ConfigMap && !usedConfigMaps.contains(m.name())) {
                problems.add(m, null, "is not referenced by any workload: delete it or use it");
            }
        }
    }

    private void clusterSecret(Manifest m, JsonNode ref, String field, Map<String, Set<String>> secretKeys, Set<String> used) {
        if (ref.isMissingNode() || !ref.has("name")) {
            return;
        }
        String key = ref.has("key") ? ref.get("key").asText() : null;
        refer(m, field + ".name", "Secret", ref.get("name").asText(), key, false, secretKeys, used);
        if (field.endsWith("initdb.secret")) {
            Set<String> keys = secretKeys.getOrDefault(ref.get("name").asText(), Set.of());
            if (secretKeys.containsKey(ref.get("name").asText()) && !keys.containsAll(Set.of("username", "password"))) {
                problems.add(m, field + ".name", "Secret/" + ref.get("name").asText() + " needs the keys username and password");
            }
        }
    }

    private void refer(Manifest owner, String field, String kind, String name, String key, Boolean optional,
            Map<String, Set<String>> known, Set<String> used) {
        used.add(name);
        if (Boolean.TRUE.equals(optional)) {
            return;
        }
        if (!known.containsKey(name)) {
            problems.add(owner, field, "refers to " + kind + "/" + name + ", which is not in the manifests");
        } else if (key != null && !known.get(name).contains(key)) {
            problems.add(owner, field, "refers to key \"" + key + "\" of " + kind + "/" + name + ", which has only " + known.get(name));
        }
    }

    /** Secret or ConfigMap name to its keys (data and stringData). */
    private Map<String, Set<String>> keys(String kind) {
        Map<String, Set<String>> keys = new HashMap<>();
        for (Manifest m : manifests) {
            if (m.is(kind) && m.typed() != null) {
                Set<String> names = new HashSet<>();
                m.raw().path("data").fieldNames().forEachRemaining(names::add);
                m.raw().path("stringData").fieldNames().forEachRemaining(names::add);
                m.raw().path("binaryData").fieldNames().forEachRemaining(names::add);
                keys.put(m.name(), names);
            }
        }
        return keys;
    }

    // ---- services and ingress ----

    private void services() {
        List<Pods.Pod> pods = Pods.all(manifests, "any");
        Map<String, Service> services = new HashMap<>();
        for (Manifest m : manifests) {
            if (m.typed() instanceof Service service) {
                services.put(m.name(), service);
                Map<String, String> selector = service.getSpec().getSelector();
                if (selector == null || selector.isEmpty()) {
                    continue;
                }
                List<Pods.Pod> selected = pods.stream()
                        .filter(p -> p.labels().entrySet().containsAll(selector.entrySet())).toList();
                if (selected.isEmpty()) {
                    problems.add(m, "spec.selector", "selects no pod of the manifests: " + selector);
                    continue;
                }
                List<ServicePort> ports = service.getSpec().getPorts() == null ? List.of() : service.getSpec().getPorts();
                for (int i = 0; i < ports.size(); i++) {
                    var target = ports.get(i).getTargetPort();
                    if (target != null && target.getStrVal() != null
                            && selected.stream().noneMatch(p -> p.namedPorts().containsKey(target.getStrVal()))) {
                        problems.add(m, "spec.ports[" + i + "].targetPort", "\"" + target.getStrVal()
                                + "\" is not a named port of the selected pods");
                    }
                }
            }
        }
        for (Manifest m : manifests) {
            if (m.typed() instanceof Ingress ingress && ingress.getSpec().getRules() != null) {
                List<IngressRule> rules = ingress.getSpec().getRules();
                for (int r = 0; r < rules.size(); r++) {
                    if (rules.get(r).getHttp() == null) {
                        continue;
                    }
                    List<HTTPIngressPath> paths = rules.get(r).getHttp().getPaths();
                    for (int p = 0; p < paths.size(); p++) {
                        IngressServiceBackend backend = paths.get(p).getBackend() == null ? null : paths.get(p).getBackend().getService();
                        String field = "spec.rules[" + r + "].http.paths[" + p + "].backend.service";
                        if (backend == null) {
                            continue;
                        }
                        Service service = services.get(backend.getName());
                        if (service == null) {
                            problems.add(m, field + ".name", "refers to Service/" + backend.getName() + ", which is not in the manifests");
                        } else if (backend.getPort() != null && service.getSpec().getPorts().stream().noneMatch(sp ->
                                backend.getPort().getName() != null ? backend.getPort().getName().equals(sp.getName())
                                        : Objects.equals(backend.getPort().getNumber(), sp.getPort()))) {
                            problems.add(m, field + ".port", "is not a port of Service/" + backend.getName());
                        }
                    }
                }
            }
        }
    }

    // ---- network policies ----

    private void networkPolicies() {
        boolean defaultDeny = false;
        for (Manifest m : manifests) {
            if (m.typed() instanceof NetworkPolicy policy) {
                var spec = policy.getSpec();
                boolean selectsAll = spec.getPodSelector() != null
                        && (spec.getPodSelector().getMatchLabels() == null || spec.getPodSelector().getMatchLabels().isEmpty())
                        && (spec.getPodSelector().getMatchExpressions() == null || spec.getPodSelector().getMatchExpressions().isEmpty());
                if (selectsAll && spec.getPolicyTypes() != null && spec.getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                        && (spec.getIngress() == null || spec.getIngress().isEmpty())
                        && (spec.getEgress() == null || spec.getEgress().isEmpty())) {
                    defaultDeny = true;
                }
            }
        }
        if (!defaultDeny && !manifests.isEmpty()) {
            problems.add("NetworkPolicy", null, "none denies all ingress and egress by default "
                    + "(podSelector: {}, policyTypes: [Ingress, Egress], no rules)");
        }
        for (Pods.Pod pod : Pods.all(manifests, "pact")) {
            boolean own = manifests.stream().filter(m -> m.typed() instanceof NetworkPolicy).map(m -> m.as(NetworkPolicy.class))
                    .anyMatch(p -> p.getSpec().getPodSelector() != null
                            && p.getSpec().getPodSelector().getMatchLabels() != null
                            && !p.getSpec().getPodSelector().getMatchLabels().isEmpty()
                            && NetworkPolicyModel.matches(p.getSpec().getPodSelector(), pod.labels()));
            if (!own) {
                problems.add(pod.owner(), "spec.template.metadata.labels", "no NetworkPolicy selects these pods "
                        + pod.labels() + ": every app needs its own policy of what may reach it and what it may reach");
            }
        }
    }

    // ---- autoscaling and disruption budgets ----

    private void scaling() {
        for (Manifest m : manifests) {
            if (m.typed() instanceof HorizontalPodAutoscaler hpa && hpa.getSpec().getScaleTargetRef() != null) {
                var target = hpa.getSpec().getScaleTargetRef();
                boolean exists = manifests.stream().anyMatch(o -> o.is(target.getKind()) && o.name().equals(target.getName()));
                if (!exists) {
                    problems.add(m, "spec.scaleTargetRef", "refers to " + target.getKind() + "/" + target.getName()
                            + ", which is not in the manifests");
                }
                Integer min = hpa.getSpec().getMinReplicas() == null ? 1 : hpa.getSpec().getMinReplicas();
                if (hpa.getSpec().getMaxReplicas() != null && min > hpa.getSpec().getMaxReplicas()) {
                    problems.add(m, "spec.minReplicas", "is above spec.maxReplicas");
                }
                if (options.release() && min < 2) {
                    problems.add(m, "spec.minReplicas", "must be at least 2 in production (one pod may be evicted at a time)");
                }
            }
            if (m.typed() instanceof PodDisruptionBudget pdb && pdb.getSpec().getSelector() != null) {
                boolean selects = Pods.templates(manifests).stream().anyMatch(t -> t.template().getMetadata() != null
                        && t.template().getMetadata().getLabels() != null
                        && NetworkPolicyModel.matches(pdb.getSpec().getSelector(), t.template().getMetadata().getLabels()));
                if (!selects) {
                    problems.add(m, "spec.selector", "selects no pod of the manifests");
                }
                if (pdb.getSpec().getMinAvailable() == null && pdb.getSpec().getMaxUnavailable() == null) {
                    problems.add(m, "spec", "must set minAvailable or maxUnavailable");
                }
            }
        }
        for (Manifest m : manifests) {
            if ((m.typed() instanceof Deployment || m.typed() instanceof StatefulSet) && isApp(m)) {
                boolean scaled = manifests.stream().anyMatch(o -> o.typed() instanceof HorizontalPodAutoscaler h
                        && h.getSpec().getScaleTargetRef() != null && m.name().equals(h.getSpec().getScaleTargetRef().getName()));
                if (!scaled) {
                    problems.add(m, null, "has no HorizontalPodAutoscaler");
                }
            }
            if (m.typed() instanceof Deployment) {
                boolean budgeted = manifests.stream().anyMatch(o -> o.typed() instanceof PodDisruptionBudget b
                        && b.getSpec().getSelector() != null
                        && NetworkPolicyModel.matches(b.getSpec().getSelector(),
                                m.as(Deployment.class).getSpec().getTemplate().getMetadata().getLabels()));
                if (!budgeted) {
                    problems.add(m, null, "has no PodDisruptionBudget");
                }
            }
        }
    }

    private static boolean isApp(Manifest m) {
        Map<String, String> labels = m.typed().getMetadata().getLabels();
        return isQuarkusComponent(labels == null ? null : labels.get("app.kubernetes.io/component"));
    }

    // ---- production only ----

    private void release() {
        for (Manifest m : manifests) {
            if (m.typed() instanceof Secret) {
                for (String field : List.of("data", "stringData")) {
                    m.raw().path(field).fields().forEachRemaining(e -> {
                        String value = field.equals("data")
                                ? new String(Base64.getDecoder().decode(e.getValue().asText()), StandardCharsets.UTF_8)
                                : e.getValue().asText();
                        if (value.startsWith("dev-only-")) {
                            problems.add(m, field + "." + e.getKey(), "still holds the base's dev placeholder: "
                                    + "production must replace every Secret (secretGenerator, behavior: replace)");
                        }
                    });
                }
            }
            if (m.is("Cluster") && m.apiVersion().startsWith("postgresql.cnpg.io/")) {
                if (m.raw().path("spec").path("instances").asInt(0) < 2) {
                    problems.add(m, "spec.instances", "must be at least 2 in production (a primary and a replica)");
                }
                if (m.raw().path("spec").path("backup").isMissingNode()) {
                    problems.add(m, "spec.backup", "must be set in production");
                }
                boolean scheduled = manifests.stream().anyMatch(o -> o.is("ScheduledBackup")
                        && m.name().equals(o.raw().path("spec").path("cluster").path("name").asText()));
                if (!scheduled) {
                    problems.add(m, null, "has no ScheduledBackup");
                }
            }
        }
    }

    private void backupSchedules() {
        for (Manifest m : manifests) {
            if (m.is("ScheduledBackup")) {
                String cluster = m.raw().path("spec").path("cluster").path("name").asText();
                if (manifests.stream().noneMatch(o -> o.is("Cluster") && o.name().equals(cluster))) {
                    problems.add(m, "spec.cluster.name", "refers to Cluster/" + cluster + ", which is not in the manifests");
                }
            }
        }
    }
}
