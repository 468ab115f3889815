package pact.gateway.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One service's REST API, called with Vert.x's own HTTP client over pooled keep-alive connections
 * and answered by Jackson. The typed REST client did the same with a pipeline of filters, context
 * propagation and body readers that cost more per call than the gateway's target of under 1 ms
 * added per backend call (gateway/bench). Every call carries the caller's own token; a status of
 * 400 or more fails the call with {@link ServiceAnswered}, which {@link BackendFailure} explains.
 */
final class ServiceHttp {
    /** As the REST clients had it: a service that does not accept the connection in 2 s is down. */
    static final int CONNECT_TIMEOUT_MS = 2000;
    /** A backstop only: the fault-tolerance timeout (2 s) ends a slow call first. */
    static final long IDLE_TIMEOUT_MS = 5000;
    static final int POOL_SIZE = 50;

    private final HttpClient http;
    private final String host;
    private final int port;
    private final String basePath;
    private final ObjectMapper json;
    private final BearerTokenForwarder caller;

    ServiceHttp(Vertx vertx, String url, ObjectMapper json, BearerTokenForwarder caller) {
        URI base = URI.create(url);
        boolean tls = "https".equals(base.getScheme());
        this.host = base.getHost();
        this.port = base.getPort() > 0 ? base.getPort() : tls ? 443 : 80;
        this.basePath = base.getRawPath() == null || base.getRawPath().equals("/") ? ""
                : base.getRawPath().replaceAll("/$", "");
        this.http = vertx.createHttpClient(new HttpClientOptions().setSsl(tls).setKeepAlive(true)
                .setMaxPoolSize(POOL_SIZE).setConnectTimeout(CONNECT_TIMEOUT_MS));
        this.json = json;
        this.caller = caller;
    }

    <T> Uni<T> get(String pathAndQuery, TypeReference<T> answer, String... headers) {
        return send(HttpMethod.GET, pathAndQuery, null, answer, headers);
    }

    <T> Uni<T> post(String pathAndQuery, Object body, TypeReference<T> answer, String... headers) {
        return send(HttpMethod.POST, pathAndQuery, body, answer, headers);
    }

    <T> Uni<T> put(String pathAndQuery, Object body, TypeReference<T> answer, String... headers) {
        return send(HttpMethod.PUT, pathAndQuery, body, answer, headers);
    }

    /**
     * Sends the request when the answer is subscribed to (so each retry is a new request), and resets
     * it when the caller stops waiting (a timeout). {@code headers} are name, value pairs; a null value
     * sends no header.
     */
    private <T> Uni<T> send(HttpMethod method, String pathAndQuery, Object body, TypeReference<T> answer,
            String... headers) {
        RequestOptions options = new RequestOptions().setMethod(method).setHost(host).setPort(port)
                .setURI(basePath + pathAndQuery).setIdleTimeout(IDLE_TIMEOUT_MS)
                .putHeader(HttpHeaders.ACCEPT, "application/json");
        String authorization = caller.authorization();
        if (authorization != null) {
            options.putHeader(HttpHeaders.AUTHORIZATION, authorization);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (headers[i + 1] != null) {
                options.putHeader(headers[i], headers[i + 1]);
            }
        }
        Buffer content;
        try {
            content = body == null ? null : Buffer.buffer(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        if (content != null) {
            options.putHeader(HttpHeaders.CONTENT_TYPE, "application/json");
        }
        return Uni.createFrom().deferred(() -> {
            AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
            Uni<T> answered = Uni.createFrom().emitter(emitter -> http.request(options)
                    .compose(request -> {
                        sent.set(request);
                        return content == null ? request.send() : request.send(content);
                    })
                    .compose(response -> response.body().map(bytes -> {
                        if (response.statusCode() >= 400) {
                            throw new ServiceAnswered(response.statusCode(), bytes.toString(StandardCharsets.UTF_8));
                        }
                        return bytes;
                    }))
                    .onComplete(done -> {
                        if (done.failed()) {
                            emitter.fail(done.cause());
                            return;
                        }
                        T value;
                        try {
                            value = json.readValue(done.result().getBytes(), answer);
                        } catch (java.io.IOException | RuntimeException e) {
                            emitter.fail(e);
                            return;
                        }
                        emitter.complete(value);
                    }));
            return answered.onCancellation().invoke(() -> {
                HttpClientRequest request = sent.get();
                if (request != null) {
                    request.reset();
                }
            });
        });
    }

    /** A path segment, encoded. */
    static String segment(String value) {
        return encode(value);
    }

    /** A query string of name, value pairs: null values are left out, a list repeats its name. */
    static String query(Object... namesAndValues) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
            for (Object v : values) {
                query.append(query.isEmpty() ? '?' : '&').append(namesAndValues[i]).append('=')
                        .append(encode(String.valueOf(v)));
            }
        }
        return query.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The service answered with an error status; its body, often problem+json, says why. */
    static final class ServiceAnswered extends RuntimeException {
        private final int status;
        private final String body;

        ServiceAnswered(int status, String body) {
            super("HTTP " + status, null, false, false);
            this.status = status;
            this.body = body;
        }

        int status() {
            return status;
        }

        String body() {
            return body;
        }
    }
}
