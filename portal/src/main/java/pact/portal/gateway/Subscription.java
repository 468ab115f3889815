package pact.portal.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A GraphQL subscription to the gateway over WebSocket (graphql-transport-ws), with the signed-in
 * person's token, as a stream of the subscription's data. It ends when the browser goes away.
 */
@ApplicationScoped
public class Subscription {
    @Inject
    Vertx vertx;

    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "pact.portal.gateway-url")
    URI url;

    public Multi<JsonNode> subscribe(String query) {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(url.getHost())
                .setPort(url.getPort() > 0 ? url.getPort() : 80).setURI(url.getPath())
                .setSsl("https".equals(url.getScheme())).addSubProtocol("graphql-transport-ws");
        if (url.getPort() <= 0 && "https".equals(url.getScheme())) {
            options.setPort(443);
        }
        if (credential != null) {
            options.addHeader("Authorization", "Bearer " + credential.getToken());
        }
        String subscribe = Gateway.JSON.createObjectNode().put("id", "1").put("type", "subscribe")
                .set("payload", Gateway.JSON.createObjectNode().put("query", query)).toString();
        return Multi.createFrom().emitter(emitter -> vertx.createWebSocketClient().connect(options)
                .onFailure(emitter::fail)
                .onSuccess(socket -> {
                    emitter.onTermination(() -> socket.close());
                    socket.closeHandler(v -> emitter.complete());
                    socket.textMessageHandler(text -> {
                        JsonNode message;
                        try {
                            message = Gateway.JSON.readTree(text);
                        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                            return;
                        }
                        switch (message.path("type").asText()) {
                            case "connection_ack" -> socket.writeTextMessage(subscribe);
                            case "ping" -> socket.writeTextMessage("{\"type\":\"pong\"}");
                            case "next" -> emitter.emit(message.path("payload"));
                            case "error", "complete" -> {
                                emitter.emit(message.path("payload"));
                                emitter.complete();
                            }
                            default -> {
                            }
                        }
                    });
                    socket.writeTextMessage("{\"type\":\"connection_init\"}");
                }));
    }
}
