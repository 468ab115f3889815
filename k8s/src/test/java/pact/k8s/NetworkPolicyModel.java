package pact.k8s;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;
import java.util.Map;

/**
 * Evaluates NetworkPolicies the way a policy-enforcing CNI does, for pods of one namespace: a
 * connection needs the sender's egress and the receiver's ingress allowed. Namespaces are matched on
 * their automatic kubernetes.io/metadata.name label; ipBlock peers match only pods outside the pod
 * network ({@link Pods.Pod#external}).
 */
final class NetworkPolicyModel {

    private final String namespace;
    private final List<NetworkPolicy> policies;

    NetworkPolicyModel(String namespace, List<Manifest> manifests) {
        this.namespace = namespace;
        this.policies = manifests.stream()
                .filter(m -> m.typed() instanceof NetworkPolicy)
                .map(m -> m.as(NetworkPolicy.class))
                .toList();
    }

    /** Whether `from` may open a connection to `to` on the port (a number, or a port name of `to`). */
    boolean allows(Pods.Pod from, Pods.Pod to, String port, String protocol) {
        return egressAllowed(from, to, port, protocol) && ingressAllowed(from, to, port, protocol);
    }

    /** The policies that select the pod (apply to it) for the direction. */
    List<NetworkPolicy> selecting(Pods.Pod pod, String direction) {
        if (!namespace.equals(pod.namespace())) {
            return List.of();
        }
        return policies.stream()
                .filter(p -> types(p).contains(direction))
                .filter(p -> matches(p.getSpec().getPodSelector(), pod.labels()))
                .toList();
    }

    private boolean egressAllowed(Pods.Pod from, Pods.Pod to, String port, String protocol) {
        List<NetworkPolicy> applying = selecting(from, "Egress");
        if (applying.isEmpty()) {
            return true;
        }
        return applying.stream().anyMatch(p -> p.getSpec().getEgress() != null && p.getSpec().getEgress().stream()
                .anyMatch(rule -> peersMatch(rule.getTo(), to) && portsMatch(rule.getPorts(), to, port, protocol)));
    }

    private boolean ingressAllowed(Pods.Pod from, Pods.Pod to, String port, String protocol) {
        List<NetworkPolicy> applying = selecting(to, "Ingress");
        if (applying.isEmpty()) {
            return true;
        }
        return applying.stream().anyMatch(p -> p.getSpec().getIngress() != null && p.getSpec().getIngress().stream()
                .anyMatch(rule -> peersMatch(rule.getFrom(), from) && portsMatch(rule.getPorts(), to, port, protocol)));
    }

    private static List<String> types(NetworkPolicy policy) {
        List<String> types = policy.getSpec().getPolicyTypes();
        if (types != null && !types.isEmpty()) {
            return types;
        }
        // the API's default: Ingress always, Egress when there are egress rules
        return policy.getSpec().getEgress() != null && !policy.getSpec().getEgress().isEmpty()
                ? List.of("Ingress", "Egress") : List.of("Ingress");
    }

    private boolean peersMatch(List<NetworkPolicyPeer> peers, Pods.Pod pod) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        return peers.stream().anyMatch(peer -> peerMatches(peer, pod));
    }

    private boolean peerMatches(NetworkPolicyPeer peer, Pods.Pod pod) {
        if (peer.getIpBlock() != null) {
            return pod.namespace() == null;
        }
        if (pod.namespace() == null) {
            return false;
        }
        boolean namespaceOk = peer.getNamespaceSelector() == null
                ? namespace.equals(pod.namespace())
                : matches(peer.getNamespaceSelector(), Map.of("kubernetes.io/metadata.name", pod.namespace()));
        boolean podOk = peer.getPodSelector() == null || matches(peer.getPodSelector(), pod.labels());
        return namespaceOk && podOk;
    }

    private static boolean portsMatch(List<NetworkPolicyPort> ports, Pods.Pod to, String port, String protocol) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        Integer wanted = resolve(port, to);
        return ports.stream().anyMatch(p -> {
            String ruleProtocol = p.getProtocol() == null ? "TCP" : p.getProtocol();
            if (!ruleProtocol.equals(protocol)) {
                return false;
            }
            IntOrString rulePort = p.getPort();
            if (rulePort == null) {
                return true;
            }
            Integer rule = rulePort.getIntVal() != null ? rulePort.getIntVal() : to.namedPorts().get(rulePort.getStrVal());
            if (rule == null || wanted == null) {
                return false;
            }
            int end = p.getEndPort() == null ? rule : p.getEndPort();
            return wanted >= rule && wanted <= end;
        });
    }

    private static Integer resolve(String port, Pods.Pod to) {
        return port.chars().allMatch(Character::isDigit) ? Integer.valueOf(port) : to.namedPorts().get(port);
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        if (selector.getMatchLabels() != null) {
            for (Map.Entry<String, String> e : selector.getMatchLabels().entrySet()) {
                if (!e.getValue().equals(labels.get(e.getKey()))) {
                    return false;
                }
            }
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement r : selector.getMatchExpressions()) {
                String value = labels.get(r.getKey());
                List<String> values = r.getValues() == null ? List.of() : r.getValues();
                boolean ok = switch (r.getOperator()) {
                    case "In" -> value != null && values.contains(value);
                    case "NotIn" -> value == null || !values.contains(value);
                    case "Exists" -> value != null;
                    case "DoesNotExist" -> value == null;
                    default -> false;
                };
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }
}
