package pact.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The realms the overlays import: dev's is local-stack's, unchanged; production's is derived from it
 * by {@link ProductionRealm} and carries no demo user, password or password grant. The portal's
 * client secret and redirects agree with the realm in both, and both put the officer's staff number in
 * people's tokens. Run with -Dpact.k8s.writeRealm=true to rewrite the production file after changing
 * the dev realm.
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
        // nor anywhere else (post-logout redirects are an attribute): no address of a laptop or of the dev cluster
        String text = Files.readString(PRODUCTION);
        for (String local : List.of("127.0.0.1", "localhost", "localtest.me")) {
            assertFalse(text.contains(local), () -> "the production realm mentions " + local);
        }
        // the dev realm does have what production must not, so the checks above can fail
        JsonNode dev = ProductionRealm.JSON.readTree(DEV_SOURCE.toFile());
        assertTrue(dev.path("users").size() > realm.path("users").size());
        assertTrue(ProductionRealm.JSON.writeValueAsString(dev).contains("127.0.0.1"));
    }

    @Test
    void the_production_portal_is_a_confidential_client_that_returns_only_to_the_portal_url() throws Exception {
        JsonNode portal = client(ProductionRealm.JSON.readTree(PRODUCTION.toFile()), "pact-portal");
        assertFalse(portal.path("publicClient").asBoolean(true), "pact-portal must be confidential");
        assertEquals("${PACT_PORTAL_CLIENT_SECRET}", portal.path("secret").asText());
        assertTrue(portal.path("standardFlowEnabled").asBoolean(false), "pact-portal logs users in with the code flow");
        for (String grant : List.of("directAccessGrantsEnabled", "implicitFlowEnabled", "serviceAccountsEnabled")) {
            assertFalse(portal.path(grant).asBoolean(true), () -> "pact-portal must not have " + grant);
        }
        assertEquals("[\"${PACT_PORTAL_URL}/*\"]", portal.path("redirectUris").toString());
        assertEquals("${PACT_PORTAL_URL}/*", portal.path("attributes").path(ProductionRealm.POST_LOGOUT_REDIRECT_URIS).asText());
    }

    /**
     * enforcement-service takes the issuing officer from the access token's staff_number: both realms
     * put it there for the clients people sign in with, from a user attribute the realm's user profile
     * declares (Keycloak 26 drops undeclared ones) and that only an administrator may change.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void people_s_tokens_carry_the_staff_number_that_only_an_administrator_sets(String overlay) throws Exception {
        JsonNode realm = ProductionRealm.JSON.readTree((overlay.equals("dev") ? DEV : PRODUCTION).toFile());
        for (String clientId : List.of("council-portal", "pact-portal")) {
            JsonNode mapper = StreamSupport.stream(client(realm, clientId).path("protocolMappers").spliterator(), false)
                    .filter(m -> m.path("config").path("claim.name").asText().equals("staff_number")).findFirst()
                    .orElseThrow(() -> new AssertionError(clientId + " has no staff_number mapper"));
            assertEquals("oidc-usermodel-attribute-mapper", mapper.path("protocolMapper").asText());
            assertEquals("staff_number", mapper.path("config").path("user.attribute").asText());
            assertEquals("true", mapper.path("config").path("access.token.claim").asText());
            assertEquals("String", mapper.path("config").path("jsonType.label").asText());
        }
        JsonNode profile = ProductionRealm.JSON.readTree(realm.path("components")
                .path("org.keycloak.userprofile.UserProfileProvider").path(0).path("config")
                .path("kc.user.profile.config").path(0).asText());
        JsonNode staffNumber = StreamSupport.stream(profile.path("attributes").spliterator(), false)
                .filter(a -> a.path("name").asText().equals("staff_number")).findFirst()
                .orElseThrow(() -> new AssertionError("the user profile does not declare staff_number"));
        assertEquals("[\"admin\"]", staffNumber.path("permissions").path("edit").toString(),
                "a person must not set their own staff number");
        // with unmanaged attributes enabled a user could add one to themselves
        assertFalse(profile.has("unmanagedAttributePolicy"), "unmanaged attributes: " + profile.path("unmanagedAttributePolicy"));
    }

    @Test
    void every_demo_officer_is_a_realm_user_carrying_their_staff_number() throws Exception {
        JsonNode realm = ProductionRealm.JSON.readTree(DEV_SOURCE.toFile());
        List<String> officers = Files.readAllLines(Repo.root().resolve("local-stack/src/main/resources/demo/pact-officers.csv"));
        assertEquals("staffNumber,displayName,organisation,role,mode,login", officers.get(0));
        for (String line : officers.subList(1, officers.size())) {
            String[] f = line.split(",", -1);
            JsonNode user = StreamSupport.stream(realm.path("users").spliterator(), false)
                    .filter(u -> u.path("username").asText().equals(f[5])).findFirst()
                    .orElseThrow(() -> new AssertionError("officer " + f[0] + " has no realm user '" + f[5] + "'"));
            assertEquals("[\"" + f[0] + "\"]", user.path("attributes").path("staff_number").toString(), f[5]);
            assertEquals("[\"" + (f[2].equals("MET_POLICE") ? "police-officer" : "city-inspector") + "\"]",
                    user.path("realmRoles").toString(), f[5]);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void the_portal_logs_in_with_the_secret_keycloak_has_and_returns_where_the_ingress_serves_it(String overlay) throws Exception {
        List<Manifest> manifests = ManifestValidator.read(Overlays.render(overlay));
        Container portal = container(manifests, "portal");
        SecretKeySelector used = secretRef(portal, "QUARKUS_OIDC_CREDENTIALS_SECRET");
        if (overlay.equals("production")) {
            // Keycloak imports ${PACT_PORTAL_CLIENT_SECRET} from the very Secret key the portal sends
            assertEquals("${PACT_PORTAL_CLIENT_SECRET}", client(ProductionRealm.JSON.readTree(PRODUCTION.toFile()), "pact-portal")
                    .path("secret").asText());
            SecretKeySelector imported = secretRef(container(manifests, "keycloak"), "PACT_PORTAL_CLIENT_SECRET");
            assertEquals(imported.getName() + "/" + imported.getKey(), used.getName() + "/" + used.getKey());
            // and the portal's redirect URIs are where the Ingress serves it
            String host = manifests.stream().filter(m -> m.is("Ingress") && m.name().equals("pact")).findFirst().orElseThrow()
                    .as(Ingress.class).getSpec().getRules().get(0).getHost();
            String portalUrl = manifests.stream().filter(m -> m.is("ConfigMap") && m.name().equals("keycloak")).findFirst()
                    .orElseThrow().raw().path("data").path("PACT_PORTAL_URL").asText();
            assertEquals("https://" + host, portalUrl, "PACT_PORTAL_URL of Keycloak is not the portal's host");
        } else {
            // the dev realm (local-stack's) has a literal secret; the dev overlay must send exactly it
            JsonNode secret = manifests.stream().filter(m -> m.is("Secret") && m.name().equals(used.getName())).findFirst()
                    .orElseThrow().raw();
            String value = secret.path("stringData").has(used.getKey()) ? secret.path("stringData").path(used.getKey()).asText()
                    : new String(Base64.getDecoder().decode(secret.path("data").path(used.getKey()).asText()), StandardCharsets.UTF_8);
            JsonNode client = client(ProductionRealm.JSON.readTree(DEV.toFile()), "pact-portal");
            assertEquals(client.path("secret").asText(), value, "the dev portal's client secret is not the dev realm's");
            // and its login returns to http://localhost:8090, where k8s/README.md port-forwards the portal
            assertTrue(StreamSupport.stream(client.path("redirectUris").spliterator(), false)
                    .anyMatch(uri -> uri.asText().equals("http://localhost:8090/*")), () -> "dev redirect URIs: " + client.path("redirectUris"));
        }
    }

    /** reports-service follows tasking's and enforcement's change feeds with a client-credentials token of its own. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void reports_service_gets_its_feed_token_with_the_secret_keycloak_has(String overlay) throws Exception {
        JsonNode realm = ProductionRealm.JSON.readTree((overlay.equals("dev") ? DEV : PRODUCTION).toFile());
        JsonNode client = client(realm, "reports-service");
        assertFalse(client.path("publicClient").asBoolean(true), "reports-service must be confidential");
        assertTrue(client.path("serviceAccountsEnabled").asBoolean(false), "reports-service uses client credentials");
        for (String flow : List.of("standardFlowEnabled", "implicitFlowEnabled", "directAccessGrantsEnabled")) {
            assertFalse(client.path(flow).asBoolean(true), () -> "reports-service must not have " + flow);
        }
        JsonNode account = StreamSupport.stream(realm.path("users").spliterator(), false)
                .filter(u -> "reports-service".equals(u.path("serviceAccountClientId").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("reports-service has no service account user"));
        assertEquals("[\"pact-service\"]", account.path("realmRoles").toString());

        List<Manifest> manifests = ManifestValidator.read(Overlays.render(overlay));
        SecretKeySelector used = secretRef(container(manifests, "reports-service"), "PACT_FEEDS_CLIENT_SECRET");
        if (overlay.equals("production")) {
            // Keycloak imports ${REPORTS_SERVICE_CLIENT_SECRET} from the very Secret key reports-service sends
            assertEquals("${REPORTS_SERVICE_CLIENT_SECRET}", client.path("secret").asText());
            SecretKeySelector imported = secretRef(container(manifests, "keycloak"), "REPORTS_SERVICE_CLIENT_SECRET");
            assertEquals(imported.getName() + "/" + imported.getKey(), used.getName() + "/" + used.getKey());
        } else {
            assertEquals(client.path("secret").asText(), secretValue(manifests, used),
                    "the dev reports-service's client secret is not the dev realm's");
        }
    }

    private static String secretValue(List<Manifest> manifests, SecretKeySelector ref) {
        JsonNode secret = manifests.stream().filter(m -> m.is("Secret") && m.name().equals(ref.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no Secret/" + ref.getName())).raw();
        return secret.path("stringData").has(ref.getKey()) ? secret.path("stringData").path(ref.getKey()).asText()
                : new String(Base64.getDecoder().decode(secret.path("data").path(ref.getKey()).asText()), StandardCharsets.UTF_8);
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        return StreamSupport.stream(realm.path("clients").spliterator(), false)
                .filter(c -> clientId.equals(c.path("clientId").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("the realm has no client " + clientId));
    }

    private static Container container(List<Manifest> manifests, String name) {
        return manifests.stream().filter(m -> m.is("Deployment") && m.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no Deployment/" + name)).as(Deployment.class)
                .getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static SecretKeySelector secretRef(Container container, String variable) {
        return container.getEnv().stream().filter(e -> e.getName().equals(variable)).map(EnvVar::getValueFrom)
                .filter(v -> v != null && v.getSecretKeyRef() != null).map(v -> v.getSecretKeyRef()).findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " takes no " + variable + " from a Secret"));
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
