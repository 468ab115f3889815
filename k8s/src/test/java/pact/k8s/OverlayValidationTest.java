package pact.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every overlay renders, every object passes the schema and policy checks, and the platform is complete. */
class OverlayValidationTest {

    private static final List<String> APPS = List.of("portal", "gateway", "reports-service", "tasking-service", "enforcement-service");
    private static final List<String> DATABASES = List.of("reports-db", "tasking-db", "enforcement-db", "keycloak-db");

    /** ingress-nginx's annotation that refuses the listed client addresses (403) on an Ingress's paths. */
    private static final String DENYLIST = "nginx.ingress.kubernetes.io/denylist-source-range";

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void every_object_of_the_overlay_passes_the_schema_and_policy_checks(String overlay) {
        ManifestValidator.validate(Overlays.render(overlay), new Policies.Options(Overlays.isRelease(overlay)))
                .assertNone("overlay " + overlay);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void the_overlay_deploys_the_whole_platform(String overlay) {
        List<Manifest> manifests = ManifestValidator.read(Overlays.render(overlay));
        Set<String> ids = manifests.stream().map(Manifest::id).collect(Collectors.toCollection(TreeSet::new));
        for (String app : APPS) {
            for (String kind : List.of("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy")) {
                assertTrue(ids.contains(kind + "/" + app), () -> overlay + " lacks " + kind + "/" + app);
            }
        }
        for (String id : List.of("Deployment/keycloak", "Service/keycloak", "NetworkPolicy/keycloak", "Ingress/pact",
                "Ingress/pact-internal", "Ingress/keycloak", "NetworkPolicy/default-deny-all", "Namespace/pact")) {
            assertTrue(ids.contains(id), () -> overlay + " lacks " + id);
        }
        assertTrue(manifests.stream().anyMatch(m -> m.is("ConfigMap") && m.name().startsWith("keycloak-realm")),
                () -> overlay + " has no realm ConfigMap");
        String databaseKind = overlay.equals("production") ? "Cluster/" : "StatefulSet/";
        for (String db : DATABASES) {
            assertTrue(ids.contains(databaseKind + db), () -> overlay + " lacks " + databaseKind + db);
            assertTrue(ids.contains("NetworkPolicy/" + db), () -> overlay + " lacks NetworkPolicy/" + db);
            assertTrue(ids.contains("Secret/" + db + "-credentials"), () -> overlay + " lacks Secret/" + db + "-credentials");
        }
        if (overlay.equals("production")) {
            for (String db : DATABASES) {
                assertTrue(ids.contains("ScheduledBackup/" + db + "-nightly"), () -> "production lacks a backup schedule for " + db);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void each_service_reads_only_its_own_database_config_and_secret(String overlay) {
        List<Manifest> manifests = ManifestValidator.read(Overlays.render(overlay));
        for (String service : List.of("reports", "tasking", "enforcement")) {
            Container c = deployment(manifests, service + "-service").getSpec().getTemplate().getSpec().getContainers().get(0);
            Set<String> secrets = c.getEnv().stream().filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                    .map(e -> e.getValueFrom().getSecretKeyRef().getName()).collect(Collectors.toSet());
            Set<String> configMaps = c.getEnvFrom().stream().filter(e -> e.getConfigMapRef() != null)
                    .map(e -> e.getConfigMapRef().getName()).collect(Collectors.toSet());
            // reports-service also has its realm client's secret, for its token to read the change feeds
            assertEquals(service.equals("reports") ? Set.of("reports-db-credentials", "keycloak-clients")
                    : Set.of(service + "-db-credentials"), secrets, service);
            c.getEnv().stream().filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                    .map(e -> e.getValueFrom().getSecretKeyRef()).filter(ref -> ref.getName().equals("keycloak-clients"))
                    .forEach(ref -> assertEquals("reports-service", ref.getKey(), service + " reads another client's secret"));
            // tasking-service also learns where reports-service is (tasks from hotspots), reports-service
            // where the change feeds are, nothing more
            Set<String> expected = switch (service) {
                case "tasking" -> Set.of("tasking-db", "pact-oidc", "tasking-backends");
                case "reports" -> Set.of("reports-db", "pact-oidc", "reports-backends");
                default -> Set.of(service + "-db", "pact-oidc");
            };
            assertEquals(expected, configMaps, service);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void the_ingress_makes_the_portal_the_front_door_and_routes_graphql_and_the_met_api_over_tls(String overlay) {
        List<Manifest> manifests = ManifestValidator.read(Overlays.render(overlay));
        Ingress pact = ingress(manifests, "pact");
        Map<String, String> routes = new TreeMap<>();
        pact.getSpec().getRules().get(0).getHttp().getPaths()
                .forEach(p -> routes.put(p.getPath(), p.getBackend().getService().getName()));
        // the staff entry point: every path of the platform host that the API does not take
        assertEquals("portal", routes.get("/"));
        assertEquals("gateway", routes.get("/graphql"));
        assertEquals("enforcement-service", routes.get("/api/v1"));
        assertEquals("enforcement-service", routes.get("/api/notices"));
        assertEquals(pact.getSpec().getRules().get(0).getHost(), pact.getSpec().getTls().get(0).getHosts().get(0));
        String issuerAnnotation = overlay.equals("production") ? "cert-manager.io/cluster-issuer" : "cert-manager.io/issuer";
        assertTrue(pact.getMetadata().getAnnotations().containsKey(issuerAnnotation), () -> overlay + " names no certificate issuer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void health_and_metrics_stay_inside_the_cluster(String overlay) {
        List<Manifest> manifests = ManifestValidator.read(Overlays.render(overlay));
        List<Ingress> ingresses = manifests.stream().filter(m -> m.typed() instanceof Ingress).map(m -> m.as(Ingress.class)).toList();
        // hosts on which an Ingress refuses /q to every address (ingress-nginx: the longest prefix wins)
        Set<String> closed = new HashSet<>();
        for (Ingress ingress : ingresses) {
            if (refusesEveryone(ingress)) {
                for (IngressRule rule : ingress.getSpec().getRules()) {
                    for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                        if (path.getPath().equals("/q") && "Prefix".equals(path.getPathType())) {
                            closed.add(rule.getHost());
                        }
                    }
                }
            }
        }
        List<String> exposed = new ArrayList<>();
        for (Ingress ingress : ingresses) {
            if (refusesEveryone(ingress)) {
                continue;
            }
            for (IngressRule rule : ingress.getSpec().getRules()) {
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    String where = "Ingress/" + ingress.getMetadata().getName() + " " + rule.getHost() + path.getPath();
                    String p = path.getPath();
                    if (p.equals("/q") || p.equals("/q/") || p.startsWith("/q/health") || p.startsWith("/q/metrics")) {
                        exposed.add(where + " routes health or metrics");
                    } else if (p.equals("/") && !closed.contains(rule.getHost())) {
                        exposed.add(where + " routes /q/health and /q/metrics too: no Ingress refuses /q on " + rule.getHost());
                    }
                }
            }
        }
        assertEquals(List.of(), exposed);
        // the portal's `/` is there, so the closure must be too
        assertTrue(closed.contains(ingress(manifests, "pact").getSpec().getRules().get(0).getHost()), () -> overlay + ": " + closed);
    }

    private static boolean refusesEveryone(Ingress ingress) {
        Map<String, String> annotations = ingress.getMetadata().getAnnotations();
        String denied = annotations == null ? null : annotations.get(DENYLIST);
        return denied != null && Arrays.stream(denied.split(",")).map(String::strip).collect(Collectors.toSet())
                .containsAll(Set.of("0.0.0.0/0", "::/0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void the_portal_reads_only_the_oidc_config_its_own_config_and_its_own_secrets(String overlay) {
        List<Manifest> manifests = ManifestValidator.read(Overlays.render(overlay));
        Container c = deployment(manifests, "portal").getSpec().getTemplate().getSpec().getContainers().get(0);
        Set<String> secrets = c.getEnv().stream().filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                .map(e -> e.getValueFrom().getSecretKeyRef().getName() + "/" + e.getValueFrom().getSecretKeyRef().getKey())
                .collect(Collectors.toSet());
        Set<String> configMaps = c.getEnvFrom().stream().filter(e -> e.getConfigMapRef() != null)
                .map(e -> e.getConfigMapRef().getName()).collect(Collectors.toSet());
        // its client secret is read from where Keycloak imports it (RealmTest checks the two agree)
        assertEquals(Set.of("keycloak-clients/pact-portal", "portal-session/encryption-secret", "portal-session/state-secret"), secrets);
        assertEquals(Set.of("pact-oidc", "portal"), configMaps);
        Map<String, String> env = environment(manifests, "portal");
        assertEquals("pact-portal", env.get("QUARKUS_OIDC_CLIENT_ID"));
        assertTrue(env.containsKey("QUARKUS_OIDC_AUTH_SERVER_URL"), () -> overlay + ": the portal does not know where Keycloak is");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void the_portal_calls_the_gateway_service_on_its_port_and_graphql_path(String overlay) {
        List<Manifest> manifests = ManifestValidator.read(Overlays.render(overlay));
        URI url = URI.create(environment(manifests, "portal").get("PACT_PORTAL_GATEWAY_URL"));
        assertEquals("http", url.getScheme(), () -> url + ": inside the cluster the gateway speaks plain HTTP");
        assertEquals("/graphql", url.getPath(), () -> url + ": the gateway's GraphQL endpoint is /graphql");
        Service gateway = manifests.stream().filter(m -> m.is("Service") && m.name().equals(url.getHost())).findFirst()
                .orElseThrow(() -> new AssertionError(url + " names no Service of " + overlay)).as(Service.class);
        assertEquals("gateway", gateway.getSpec().getSelector().get("app.kubernetes.io/name"), () -> url + " is not the gateway");
        int port = url.getPort() < 0 ? 80 : url.getPort();
        assertTrue(gateway.getSpec().getPorts().stream().anyMatch(p -> p.getPort() == port),
                () -> url + ": Service/" + url.getHost() + " has no port " + port);
    }

    @Test
    void in_production_the_portal_sends_its_cookies_over_https_only_with_hsts() {
        Map<String, String> env = environment(ManifestValidator.read(Overlays.render("production")), "portal");
        assertEquals("true", env.get("QUARKUS_OIDC_AUTHENTICATION_COOKIE_FORCE_SECURE"), "the session cookie must be Secure");
        assertEquals("true", env.get("QUARKUS_REST_CSRF_COOKIE_FORCE_SECURE"), "the CSRF cookie must be Secure");
        assertEquals("true", env.get("PACT_PORTAL_HSTS"), "the portal must send Strict-Transport-Security");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void the_portals_cookie_keys_have_32_characters_or_more(String overlay) {
        // production renders the .env.example template here: it shows the length a real key needs
        Manifest secret = ManifestValidator.read(Overlays.render(overlay)).stream()
                .filter(m -> m.is("Secret") && m.name().equals("portal-session")).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " has no Secret/portal-session"));
        for (String name : List.of("encryption-secret", "state-secret")) {
            String key = secret.raw().path("stringData").has(name) ? secret.raw().path("stringData").path(name).asText()
                    : new String(Base64.getDecoder().decode(secret.raw().path("data").path(name).asText()), StandardCharsets.UTF_8);
            assertTrue(key.length() >= 32, () -> overlay + ": the portal's " + name + " has " + key.length() + " characters");
        }
    }

    /**
     * The plain environment of a Deployment's first container: its ConfigMaps (envFrom, in order), then
     * its env entries (values and ConfigMap keys); values from Secrets are left out.
     */
    static Map<String, String> environment(List<Manifest> manifests, String deployment) {
        Container c = deployment(manifests, deployment).getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource from : c.getEnvFrom() == null ? List.<EnvFromSource>of() : c.getEnvFrom()) {
            if (from.getConfigMapRef() != null) {
                configMap(manifests, from.getConfigMapRef().getName()).path("data").fields()
                        .forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
            }
        }
        for (EnvVar e : c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()) {
            if (e.getValue() != null) {
                env.put(e.getName(), e.getValue());
            } else if (e.getValueFrom() != null && e.getValueFrom().getConfigMapKeyRef() != null) {
                var ref = e.getValueFrom().getConfigMapKeyRef();
                env.put(e.getName(), configMap(manifests, ref.getName()).path("data").path(ref.getKey()).asText());
            } else {
                env.remove(e.getName());
            }
        }
        return env;
    }

    private static JsonNode configMap(List<Manifest> manifests, String name) {
        return manifests.stream().filter(m -> m.is("ConfigMap") && m.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no ConfigMap/" + name)).raw();
    }

    private static Ingress ingress(List<Manifest> manifests, String name) {
        return manifests.stream().filter(m -> m.is("Ingress") && m.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no Ingress/" + name)).as(Ingress.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void the_overlay_pins_every_image_through_its_images_entry(String overlay) {
        List<Manifest> manifests = ManifestValidator.read(Overlays.render(overlay));
        String expectedTag = overlay.equals("production") ? ":0.1.0" : ":0.1.0-SNAPSHOT";
        for (String app : APPS) {
            String image = deployment(manifests, app).getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
            assertTrue(image.endsWith("pact/" + app + expectedTag), () -> overlay + " runs " + image + " for " + app);
        }
    }

    private static Deployment deployment(List<Manifest> manifests, String name) {
        return manifests.stream().filter(m -> m.is("Deployment") && m.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no Deployment/" + name)).as(Deployment.class);
    }
}
