package pact.portal.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's only way to PACT's data: the gateway's GraphQL, called on the server with the
 * signed-in person's access token. A gateway that is down or refuses becomes an {@link Answer}
 * with failures, never an exception, so a page renders what it has and names what is missing.
 */
@ApplicationScoped
public class Gateway {
    /** Reads the gateway's JSON into the portal's view records, ignoring fields a page does not show. */
    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @ConfigProperty(name = "pact.portal.gateway-url")
    URI url;

    @Inject
    SecurityIdentity identity;

    public Answer query(String query, Map<String, ?> variables) {
        return query(query, variables, null);
    }

    /** @param accessReason why personal data is read; sent as X-Access-Reason and audited by the services */
    public Answer query(String query, Map<String, ?> variables, String accessReason) {
        ObjectNode body = JSON.createObjectNode().put("query", query);
        body.set("variables", JSON.valueToTree(variables == null ? Map.of() : variables));
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        String token = accessToken();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (accessReason != null && !accessReason.isBlank()) {
            request.header("X-Access-Reason", accessReason.strip());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return Answer.unavailable("PACT's data service (the gateway) is unavailable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.unavailable("The request was interrupted");
        }
        return read(response);
    }

    static Answer read(HttpResponse<String> response) {
        JsonNode json;
        try {
            json = JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            json = null;
        }
        if (json == null || !json.isObject() || (response.statusCode() != 200 && !json.has("errors"))) {
            return Answer.unavailable(switch (response.statusCode()) {
                case 401 -> "Your sign-in has expired: sign out and in again";
                case 403 -> "You are not allowed to see this";
                default -> "PACT's data service (the gateway) answered with an error (HTTP " + response.statusCode()
                        + ")";
            });
        }
        return Answer.of(json);
    }

    private String accessToken() {
        AccessTokenCredential credential = identity == null ? null
                : identity.getCredential(AccessTokenCredential.class);
        return credential == null ? null : credential.getToken();
    }
}
