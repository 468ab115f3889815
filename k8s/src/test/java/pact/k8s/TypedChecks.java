package pact.k8s;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Schema checks on the typed fabric8 objects: fields fabric8 did not recognise (it keeps them in
 * additionalProperties), the API server's required fields and enumerations. The tables list what the
 * API server would refuse at apply time, keyed by fabric8 class and JSON field name.
 */
final class TypedChecks {

    private static final Map<String, Set<String>> ENUMS = Map.ofEntries(
            Map.entry("Container.imagePullPolicy", Set.of("Always", "IfNotPresent", "Never")),
            Map.entry("ContainerPort.protocol", Set.of("TCP", "UDP", "SCTP")),
            Map.entry("ServicePort.protocol", Set.of("TCP", "UDP", "SCTP")),
            Map.entry("NetworkPolicyPort.protocol", Set.of("TCP", "UDP", "SCTP")),
            Map.entry("ServiceSpec.type", Set.of("ClusterIP", "NodePort", "LoadBalancer", "ExternalName")),
            Map.entry("SeccompProfile.type", Set.of("RuntimeDefault", "Localhost", "Unconfined")),
            Map.entry("NetworkPolicySpec.policyTypes", Set.of("Ingress", "Egress")),
            Map.entry("HTTPIngressPath.pathType", Set.of("Exact", "Prefix", "ImplementationSpecific")),
            Map.entry("HTTPGetAction.scheme", Set.of("HTTP", "HTTPS")),
            Map.entry("MetricSpec.type", Set.of("Resource", "Pods", "Object", "External", "ContainerResource")),
            Map.entry("MetricTarget.type", Set.of("Utilization", "Value", "AverageValue")),
            Map.entry("DeploymentStrategy.type", Set.of("RollingUpdate", "Recreate")),
            Map.entry("StatefulSetSpec.podManagementPolicy", Set.of("OrderedReady", "Parallel")),
            Map.entry("PersistentVolumeClaimSpec.accessModes",
                    Set.of("ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod")),
            Map.entry("LabelSelectorRequirement.operator", Set.of("In", "NotIn", "Exists", "DoesNotExist")),
            Map.entry("PodSpec.restartPolicy", Set.of("Always", "OnFailure", "Never")),
            Map.entry("TopologySpreadConstraint.whenUnsatisfiable", Set.of("DoNotSchedule", "ScheduleAnyway")),
            Map.entry("Secret.type", Set.of("Opaque", "kubernetes.io/basic-auth", "kubernetes.io/tls",
                    "kubernetes.io/dockerconfigjson", "kubernetes.io/dockercfg", "kubernetes.io/ssh-auth",
                    "kubernetes.io/service-account-token", "bootstrap.kubernetes.io/token")));

    private static final Set<String> REQUIRED = Set.of(
            "Container.name", "Container.image",
            "ContainerPort.containerPort",
            "ServicePort.port",
            "EnvVar.name",
            "SecretKeySelector.name", "SecretKeySelector.key",
            "ConfigMapKeySelector.name", "ConfigMapKeySelector.key",
            "ConfigMapEnvSource.name", "SecretEnvSource.name",
            "ConfigMapVolumeSource.name", "SecretVolumeSource.secretName",
            "HTTPGetAction.port", "ExecAction.command",
            "DeploymentSpec.selector", "DeploymentSpec.template",
            "StatefulSetSpec.selector", "StatefulSetSpec.template",
            "PodSpec.containers",
            "Volume.name", "VolumeMount.name", "VolumeMount.mountPath",
            "HorizontalPodAutoscalerSpec.scaleTargetRef", "HorizontalPodAutoscalerSpec.maxReplicas",
            "CrossVersionObjectReference.kind", "CrossVersionObjectReference.name",
            "HTTPIngressPath.pathType", "HTTPIngressPath.backend",
            "IngressServiceBackend.name",
            "NetworkPolicySpec.podSelector",
            "PodDisruptionBudgetSpec.selector",
            "MetricSpec.type", "MetricTarget.type",
            "LabelSelectorRequirement.key", "LabelSelectorRequirement.operator",
            "TopologySpreadConstraint.maxSkew", "TopologySpreadConstraint.topologyKey",
            "TopologySpreadConstraint.whenUnsatisfiable");

    private static final ObjectMapper INTROSPECTION = new ObjectMapper();
    private static final Map<Class<?>, List<BeanPropertyDefinition>> PROPERTIES = new ConcurrentHashMap<>();

    private TypedChecks() {
    }

    static void check(Manifest manifest, Problems problems) {
        if (manifest.typed() == null) {
            return;
        }
        walk(manifest.typed(), "", manifest, problems);
        if (manifest.typed().getMetadata() == null || isBlank(manifest.typed().getMetadata().getName())) {
            problems.add(manifest, "metadata.name", "missing required field");
        }
    }

    /** Walks a fabric8 model object (or, for custom resources, just their metadata) under the given path. */
    static void walk(Object bean, String path, Manifest manifest, Problems problems) {
        if (bean == null) {
            return;
        }
        if (bean instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", manifest, problems);
            }
            return;
        }
        if (bean instanceof Map<?, ?> map) {
            map.forEach((key, value) -> walk(value, join(path, String.valueOf(key)), manifest, problems));
            return;
        }
        if (!bean.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        String type = bean.getClass().getSimpleName();
        List<BeanPropertyDefinition> properties = properties(bean.getClass());
        Set<String> known = new HashSet<>();
        for (BeanPropertyDefinition property : properties) {
            known.add(property.getName());
        }
        for (String extra : new TreeSet<>(additionalProperties(bean).keySet())) {
            problems.add(manifest, join(path, extra), known.contains(extra)
                    ? "has the wrong type for " + type + "." + extra
                    : "unknown field (not in " + type + ")");
        }
        for (BeanPropertyDefinition property : properties) {
            String name = property.getName();
            AnnotatedMember accessor = property.getAccessor();
            if (accessor == null || name.equals("additionalProperties")) {
                continue;
            }
            Object value = accessor.getValue(bean);
            String field = join(path, name);
            String key = type + "." + name;
            if (REQUIRED.contains(key) && isEmpty(value)) {
                problems.add(manifest, field, "missing required field");
            }
            Set<String> allowed = ENUMS.get(key);
            if (allowed != null) {
                checkEnum(value, allowed, field, manifest, problems);
            }
            walk(value, field, manifest, problems);
        }
    }

    private static void checkEnum(Object value, Set<String> allowed, String field, Manifest manifest, Problems problems) {
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                checkEnum(item, allowed, field + "[" + i++ + "]", manifest, problems);
            }
        } else if (value != null && !allowed.contains(value.toString())) {
            problems.add(manifest, field, "\"" + value + "\" is not one of " + new TreeSet<>(allowed));
        }
    }

    private static List<BeanPropertyDefinition> properties(Class<?> type) {
        return PROPERTIES.computeIfAbsent(type, t -> {
            BeanDescription description = INTROSPECTION.getSerializationConfig()
                    .introspect(INTROSPECTION.constructType(t));
            return List.copyOf(description.findProperties());
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> additionalProperties(Object bean) {
        try {
            Method getter = bean.getClass().getMethod("getAdditionalProperties");
            Object value = getter.invoke(bean);
            return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        } catch (NoSuchMethodException e) {
            return Map.of();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isEmpty(Object value) {
        return value == null
                || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
