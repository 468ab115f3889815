package pact.gateway.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The gateway's connections to the services, one {@link ServiceHttp} each, at the URL configured as
 * {@code quarkus.rest-client.<service>.url} (the same keys the deployments and tests already set).
 */
@ApplicationScoped
class ServiceConnections {
    @Inject
    Vertx vertx;

    @Inject
    ObjectMapper json;

    @Inject
    BearerTokenForwarder caller;

    ServiceHttp to(String service) {
        String url = ConfigProvider.getConfig().getValue("quarkus.rest-client." + service + ".url", String.class);
        return new ServiceHttp(vertx, url, json, caller);
    }
}
