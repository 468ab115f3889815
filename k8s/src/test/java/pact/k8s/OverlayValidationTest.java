package pact.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every overlay renders, every object passes the schema and policy checks, and the platform is complete. */
class OverlayValidationTest {

    private static final List<String> APPS = List.of("gateway", "reports-service", "tasking-service", "enforcement-service");
    private static final List<String> DATABASES = List.of("reports-db", "tasking-db", "enforcement-db", "keycloak-db");

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
                "Ingress/keycloak", "NetworkPolicy/default-deny-all", "Namespace/pact")) {
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
            assertEquals(Set.of(service + "-db-credentials"), secrets, service);
            // tasking-service also learns where reports-service is (tasks from hotspots), nothing more
            Set<String> expected = service.equals("tasking") ? Set.of("tasking-db", "pact-oidc", "tasking-backends")
                    : Set.of(service + "-db", "pact-oidc");
            assertEquals(expected, configMaps, service);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void the_ingress_routes_graphql_to_the_gateway_and_the_met_api_to_enforcement_over_tls(String overlay) {
        List<Manifest> manifests = ManifestValidator.read(Overlays.render(overlay));
        Ingress pact = manifests.stream().filter(m -> m.is("Ingress") && m.name().equals("pact")).findFirst().orElseThrow()
                .as(Ingress.class);
        Map<String, String> routes = new TreeMap<>();
        pact.getSpec().getRules().get(0).getHttp().getPaths()
                .forEach(p -> routes.put(p.getPath(), p.getBackend().getService().getName()));
        assertEquals("gateway", routes.get("/graphql"));
        assertEquals("enforcement-service", routes.get("/api/v1"));
        assertEquals("enforcement-service", routes.get("/api/notices"));
        assertTrue(routes.keySet().stream().noneMatch(path -> path.equals("/") || path.startsWith("/q/health") || path.startsWith("/q/metrics")),
                () -> "health and metrics must stay inside the cluster: " + routes);
        assertEquals(pact.getSpec().getRules().get(0).getHost(), pact.getSpec().getTls().get(0).getHosts().get(0));
        String issuerAnnotation = overlay.equals("production") ? "cert-manager.io/cluster-issuer" : "cert-manager.io/issuer";
        assertTrue(pact.getMetadata().getAnnotations().containsKey(issuerAnnotation), () -> overlay + " names no certificate issuer");
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
