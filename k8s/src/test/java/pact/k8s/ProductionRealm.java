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
 * may use the password grant; client secrets and the portal's redirect URIs become placeholders that
 * Keycloak fills from its environment at import (MET_SYSTEMS_CLIENT_SECRET, PACT_PORTAL_URL).
 */
final class ProductionRealm {

    static final ObjectMapper JSON = new ObjectMapper();

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
                    uris.add(isLocal(uri.asText()) ? "${PACT_PORTAL_URL}/*" : uri.asText());
                }
                ArrayNode array = client.putArray("redirectUris");
                uris.forEach(array::add);
            }
        }
        return realm;
    }

    /** met-systems -> MET_SYSTEMS_CLIENT_SECRET */
    static String secretVariable(String clientId) {
        return clientId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_CLIENT_SECRET";
    }

    private static boolean isLocal(String uri) {
        return uri.startsWith("http://127.0.0.1") || uri.startsWith("http://localhost");
    }
}
