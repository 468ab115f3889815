package pact.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Derives the production realm from the dev realm of local-stack, so roles and clients stay in one
 * place: demo users (with their passwords) are dropped, only service-account users stay; no client
 * may use the password grant; client secrets and the portals' redirect URIs (after login and after
 * logout) become placeholders that Keycloak fills from its environment at import
 * (MET_SYSTEMS_CLIENT_SECRET, PACT_PORTAL_CLIENT_SECRET, REPORTS_SERVICE_CLIENT_SECRET, PACT_PORTAL_URL).
 * Local addresses, the dev cluster's *.localtest.me included, all become ${PACT_PORTAL_URL}/*.
 */
final class ProductionRealm {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Keycloak's client attribute for where a logout may return to: URIs joined by ##, or + (the redirect URIs). */
    static final String POST_LOGOUT_REDIRECT_URIS = "post.logout.redirect.uris";

    private static final String PORTAL_URIS = "${PACT_PORTAL_URL}/*";

    private ProductionRealm() {
    }

    static ObjectNode derive(JsonNode devRealm) {
        ObjectNode realm = devRealm.deepCopy();
        ArrayNode users = JSON.createArrayNode();
        for (JsonNode user : devRealm.path("users")) {
            if (user.path("username").asText().startsWith("service-account-")) {
                ObjectNode kept = user.deepCopy();
                kept.remove("credentials");
                users.add(kept);
            }
        }
        realm.set("users", users);
        for (JsonNode node : realm.path("clients")) {
            ObjectNode client = (ObjectNode) node;
            client.put("directAccessGrantsEnabled", false);
            if (client.has("secret")) {
                client.put("secret", "${" + secretVariable(client.path("clientId").asText()) + "}");
            }
            if (client.has("redirectUris")) {
                Set<String> uris = new LinkedHashSet<>();
                for (JsonNode uri : client.get("redirectUris")) {
                    uris.add(production(uri.asText()));
                }
                ArrayNode array = client.putArray("redirectUris");
                uris.forEach(array::add);
            }
            if (client.path("attributes").has(POST_LOGOUT_REDIRECT_URIS)) {
                ObjectNode attributes = (ObjectNode) client.get("attributes");
                Set<String> uris = new LinkedHashSet<>();
                for (String uri : attributes.get(POST_LOGOUT_REDIRECT_URIS).asText().split("##")) {
                    uris.add(production(uri));
                }
                attributes.put(POST_LOGOUT_REDIRECT_URIS, String.join("##", uris));
            }
        }
        return realm;
    }

    /** met-systems -> MET_SYSTEMS_CLIENT_SECRET */
    static String secretVariable(String clientId) {
        return clientId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_CLIENT_SECRET";
    }

    private static String production(String uri) {
        return isLocal(uri) ? PORTAL_URIS : uri;
    }

    /** 127.0.0.1, localhost, or a host under localtest.me (which resolves to 127.0.0.1), on any port. */
    static boolean isLocal(String uri) {
        return uri.matches("https?://(127\\.0\\.0\\.1|localhost|([a-z0-9-]+\\.)*localtest\\.me)([:/].*)?");
    }
}
