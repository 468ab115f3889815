package pact.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may talk to whom, evaluated from the rendered NetworkPolicies: only the portal, the gateway,
 * the enforcement API and Keycloak are reachable from the ingress controller; each service reaches
 * only its own database and Keycloak, and another service only on the paths of
 * {@link #SERVICE_TO_SERVICE}; the gateway reaches the services; the portal reaches only the gateway
 * and Keycloak, and only the ingress controller reaches the portal.
 */
class NetworkPolicyTest {

    private static final List<String> SERVICES = List.of("reports-service", "tasking-service", "enforcement-service");
    /** The only calls between services, caller -> callee; every other pair of services is refused. */
    private static final Set<String> SERVICE_TO_SERVICE = Set.of(
            "tasking-service -> reports-service",      // tasks from hotspots
            "reports-service -> tasking-service",      // the change feed of tasks
            "reports-service -> enforcement-service"); // the change feed of notices
    private static final List<String> DATABASES = List.of("reports-db", "tasking-db", "enforcement-db", "keycloak-db");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void only_the_portal_the_gateway_the_enforcement_api_and_keycloak_are_reachable_from_the_ingress_controller(String overlay) {
        Cluster cluster = new Cluster(overlay);
        Pods.Pod ingress = Pods.Pod.in("ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"));
        List<String> wrong = new ArrayList<>();
        for (String app : List.of("portal", "gateway", "enforcement-service", "keycloak")) {
            cluster.expect(wrong, ingress, app, "http", true);
        }
        for (String app : List.of("reports-service", "tasking-service")) {
            cluster.expect(wrong, ingress, app, "http", false);
        }
        for (String db : DATABASES) {
            cluster.expect(wrong, ingress, db, "5432", false);
        }
        Pods.Pod elsewhere = Pods.Pod.in("default", Map.of("app", "anything"));
        for (String app : List.of("portal", "gateway", "enforcement-service", "keycloak")) {
            cluster.expect(wrong, elsewhere, app, "http", false);
        }
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void each_service_reaches_its_own_database_keycloak_and_only_the_services_it_calls(String overlay) {
        Cluster cluster = new Cluster(overlay);
        List<String> wrong = new ArrayList<>();
        for (String service : SERVICES) {
            Pods.Pod from = cluster.pod(service);
            String own = service.replace("-service", "-db");
            for (String db : DATABASES) {
                cluster.expect(wrong, from, db, "5432", db.equals(own));
            }
            cluster.expect(wrong, from, "keycloak", "http", true);
            for (String other : SERVICES) {
                if (!other.equals(service)) {
                    cluster.expect(wrong, from, other, "http", SERVICE_TO_SERVICE.contains(service + " -> " + other));
                }
            }
            cluster.expect(wrong, from, "gateway", "http", false);
            cluster.expect(wrong, from, "portal", "http", false);
            cluster.expectExternal(wrong, from, false);
        }
        Pods.Pod keycloak = cluster.pod("keycloak");
        for (String db : DATABASES) {
            cluster.expect(wrong, keycloak, db, "5432", db.equals("keycloak-db"));
        }
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void the_gateway_reaches_the_services_and_keycloak_but_no_database(String overlay) {
        Cluster cluster = new Cluster(overlay);
        Pods.Pod gateway = cluster.pod("gateway");
        List<String> wrong = new ArrayList<>();
        for (String service : SERVICES) {
            cluster.expect(wrong, gateway, service, "http", true);
        }
        cluster.expect(wrong, gateway, "keycloak", "http", true);
        for (String db : DATABASES) {
            cluster.expect(wrong, gateway, db, "5432", false);
        }
        cluster.expect(wrong, gateway, "portal", "http", false);
        cluster.expectExternal(wrong, gateway, false);
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void the_portal_reaches_only_the_gateway_and_keycloak_and_nothing_in_the_cluster_reaches_the_portal(String overlay) {
        Cluster cluster = new Cluster(overlay);
        Pods.Pod portal = cluster.pod("portal");
        List<String> wrong = new ArrayList<>();
        // GraphQL queries and subscriptions (HTTP and WebSocket on the same port), and the login
        cluster.expect(wrong, portal, "gateway", "http", true);
        cluster.expect(wrong, portal, "keycloak", "http", true);
        for (String service : SERVICES) {
            cluster.expect(wrong, portal, service, "http", false);
        }
        for (String db : DATABASES) {
            cluster.expect(wrong, portal, db, "5432", false);
        }
        cluster.expectExternal(wrong, portal, false);
        // browsers come through the ingress controller (the first test); no pod of the platform calls the portal
        for (Pods.Pod other : cluster.pods) {
            if (!other.equals(portal) && cluster.model.allows(other, portal, "http", "TCP")) {
                wrong.add(other.owner() + " can reach portal:http");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void every_pod_resolves_names_and_databases_reach_out_only_in_production_for_backups(String overlay) {
        Cluster cluster = new Cluster(overlay);
        Pods.Pod dns = Pods.Pod.in("kube-system", Map.of("k8s-app", "kube-dns"));
        List<String> wrong = new ArrayList<>();
        for (Pods.Pod pod : cluster.pods) {
            if (!cluster.model.allows(pod, dns, "53", "UDP")) {
                wrong.add(pod.owner() + " cannot resolve names");
            }
        }
        for (String db : DATABASES) {
            cluster.expectExternal(wrong, cluster.pod(db), overlay.equals("production"));
        }
        assertEquals(List.of(), wrong);
    }

    /** The rendered overlay's pods and policies. */
    private static final class Cluster {
        final List<Pods.Pod> pods;
        final NetworkPolicyModel model;

        Cluster(String overlay) {
            List<Manifest> manifests = ManifestValidator.read(Overlays.render(overlay));
            pods = Pods.all(manifests, "pact");
            model = new NetworkPolicyModel("pact", manifests);
        }

        Pods.Pod pod(String name) {
            return pods.stream().filter(p -> name.equals(p.labels().get("app.kubernetes.io/name"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no pod labelled " + name));
        }

        void expect(List<String> wrong, Pods.Pod from, String to, String port, boolean allowed) {
            Pods.Pod target = pod(to);
            String named = port.equals("5432") || target.namedPorts().containsKey(port) ? port : null;
            if (named == null) {
                wrong.add(to + " has no port " + port);
                return;
            }
            if (model.allows(from, target, port, "TCP") != allowed) {
                wrong.add(from.owner() + (allowed ? " cannot reach " : " can reach ") + to + ":" + port);
            }
        }

        void expectExternal(List<String> wrong, Pods.Pod from, boolean allowed) {
            if (model.allows(from, Pods.Pod.external("the internet"), "443", "TCP") != allowed) {
                wrong.add(from.owner() + (allowed ? " cannot reach " : " can reach ") + "the internet on 443");
            }
        }
    }
}
