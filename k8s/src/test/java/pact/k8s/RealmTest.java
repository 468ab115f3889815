package pact.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The realms the overlays import: dev's is local-stack's, unchanged; production's is derived from it
 * by {@link ProductionRealm} and carries no demo user, password or password grant. Run with
 * -Dpact.k8s.writeRealm=true to rewrite the production file after changing the dev realm.
 */
class RealmTest {

    private static final Path DEV_SOURCE = Repo.root().resolve("local-stack/src/main/resources/keycloak/pact-realm.json");
    private static final Path DEV = Repo.k8s().resolve("overlays/dev/realm/pact-realm.json");
    private static final Path PRODUCTION = Repo.k8s().resolve("overlays/production/realm/pact-realm.json");

    @Test
    void the_dev_overlay_imports_the_realm_of_the_local_stack_unchanged() throws Exception {
        assertEquals(Files.readString(DEV_SOURCE), Files.readString(DEV),
                "k8s/overlays/dev/realm/pact-realm.json differs from local-stack's realm: copy it over");
    }

    @Test
    void the_production_realm_is_the_dev_realm_without_demo_users_or_password_grant() throws Exception {
        JsonNode derived = ProductionRealm.derive(ProductionRealm.JSON.readTree(DEV_SOURCE.toFile()));
        if (Boolean.getBoolean("pact.k8s.writeRealm")) {
            Files.writeString(PRODUCTION, ProductionRealm.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(derived) + "\n");
        }
        assertEquals(derived, ProductionRealm.JSON.readTree(PRODUCTION.toFile()),
                "k8s/overlays/production/realm/pact-realm.json is not derived from the dev realm: rerun "
                        + "`./mvnw -pl k8s test -Dtest=RealmTest -Dpact.k8s.writeRealm=true` and review the diff");
    }

    @Test
    void the_production_realm_ships_no_user_password_client_secret_or_password_grant() throws Exception {
        JsonNode realm = ProductionRealm.JSON.readTree(PRODUCTION.toFile());
        for (JsonNode user : realm.path("users")) {
            assertTrue(user.path("username").asText().startsWith("service-account-"), () -> "demo user " + user.path("username"));
            assertFalse(user.has("credentials"), () -> "credentials for " + user.path("username"));
        }
        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asText();
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(true), () -> id + " allows the password grant");
            if (client.has("secret")) {
                assertTrue(client.get("secret").asText().matches("\\$\\{[A-Z0-9_]+}"), () -> id + " has a literal secret");
            }
            for (JsonNode uri : client.path("redirectUris")) {
                assertFalse(uri.asText().contains("127.0.0.1") || uri.asText().contains("localhost"), () -> id + " redirects to " + uri);
            }
        }
        // the dev realm does have what production must not, so the checks above can fail
        JsonNode dev = ProductionRealm.JSON.readTree(DEV_SOURCE.toFile());
        assertTrue(dev.path("users").size() > realm.path("users").size());
    }

    @Test
    void keycloak_in_production_has_every_variable_the_production_realm_refers_to() throws Exception {
        List<Manifest> manifests = ManifestValidator.read(Overlays.render("production"));
        Container keycloak = manifests.stream().filter(m -> m.is("Deployment") && m.name().equals("keycloak")).findFirst()
                .orElseThrow().as(Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
        Set<String> provided = new HashSet<>();
        keycloak.getEnv().forEach(e -> provided.add(e.getName()));
        keycloak.getEnvFrom().stream().filter(e -> e.getConfigMapRef() != null).forEach(e -> manifests.stream()
                .filter(m -> m.is("ConfigMap") && m.name().equals(e.getConfigMapRef().getName()))
                .forEach(m -> m.raw().path("data").fieldNames().forEachRemaining(provided::add)));
        Matcher placeholders = Pattern.compile("\\$\\{([A-Z0-9_]+)}").matcher(Files.readString(PRODUCTION));
        Set<String> needed = new HashSet<>();
        while (placeholders.find()) {
            needed.add(placeholders.group(1));
        }
        assertFalse(needed.isEmpty());
        needed.removeAll(provided);
        assertEquals(Set.of(), needed, "variables of the production realm that the keycloak Deployment does not set");
    }
}
