package pact.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import java.net.URI;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pact.testsupport.InjectWireMock;
import pact.testsupport.TestIssuer;

/** The tasking board's live feed over graphql-transport-ws, the services played by WireMock. */
@QuarkusTest
@WithTestResource(WireMockBackends.class)
@WithTestResource(TestIssuer.class)
class TaskingBoardTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String EMPTY_TASKS = "{\"items\":[],\"page\":0,\"size\":50,\"totalItems\":0,\"totalPages\":0}";
    static final String EMPTY_NOTICES = EMPTY_TASKS;

    @InjectWireMock
    WireMockServer backends;

    @TestHTTPResource("/graphql")
    URI graphql;

    Vertx vertx;
    WebSocket socket;
    final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() {
        backends.resetAll();
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stop() {
        if (socket != null) {
            socket.close();
        }
        vertx.close();
    }

    void subscribe(String token, String query) throws Exception {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(graphql.getHost())
                .setPort(graphql.getPort()).setURI("/graphql").addSubProtocol("graphql-transport-ws")
                .addHeader("Authorization", "Bearer " + token);
        socket = vertx.createWebSocketClient().connect(options).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        socket.textMessageHandler(text -> {
            try {
                messages.add(JSON.readTree(text));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        socket.writeTextMessage("{\"type\":\"connection_init\"}");
        assertEquals("connection_ack", next().path("type").asText());
        socket.writeTextMessage(JSON.createObjectNode().put("id", "1").put("type", "subscribe")
                .set("payload", JSON.createObjectNode().put("query", query)).toString());
    }

    JsonNode next() throws InterruptedException {
        JsonNode message = messages.poll(10, TimeUnit.SECONDS);
        assertNotNull(message, "no message within 10 s");
        return message;
    }

    /** The next event of the feed, skipping keep-alive pings. */
    JsonNode nextEvent() throws InterruptedException {
        while (true) {
            JsonNode message = next();
            if (!message.path("type").asText().equals("ping")) {
                return message;
            }
        }
    }

    @Test
    void new_tasks_and_check_ins_arrive_as_they_happen_and_notices_only_for_roles_that_may_read_them()
            throws Exception {
        backends.stubFor(get(urlPathEqualTo("/api/tasks")).willReturn(okJson(EMPTY_TASKS)));
        backends.stubFor(get(urlPathEqualTo("/api/check-ins")).withQueryParam("after", absent())
                .willReturn(okJson("{\"items\":[],\"nextCursor\":\"c0\"}")));
        backends.stubFor(get(urlPathEqualTo("/api/check-ins")).withQueryParam("after", equalTo("c0"))
                .willReturn(okJson("{\"items\":[],\"nextCursor\":\"c0\"}")));
        backends.stubFor(get(urlPathEqualTo("/api/notices")).willReturn(okJson(EMPTY_NOTICES)));
        String token = TestIssuer.token("tom", "tasking-coordinator");
        subscribe(token, "subscription { taskingBoard { kind task { id status } checkIn { officerId clientId } "
                + "notice { id } message } }");
        Thread.sleep(600); // the first poll takes stock: nothing that existed before is news

        backends.stubFor(get(urlPathEqualTo("/api/tasks")).willReturn(okJson("{\"items\":[{\"id\":\"t-9\","
                + "\"status\":\"PLANNED\"}],\"page\":0,\"size\":50,\"totalItems\":1,\"totalPages\":1}")));
        JsonNode task = nextEvent();
        assertEquals("next", task.path("type").asText(), task.toString());
        assertEquals("TASK", task.at("/payload/data/taskingBoard/kind").asText());
        assertEquals("t-9", task.at("/payload/data/taskingBoard/task/id").asText());

        backends.stubFor(get(urlPathEqualTo("/api/check-ins")).withQueryParam("after", equalTo("c0"))
                .willReturn(okJson("{\"items\":[{\"officerId\":\"o-1\",\"clientId\":\"d-1\","
                        + "\"at\":\"2026-06-01T21:00:00Z\",\"lat\":51.51,\"lon\":-0.13}],\"nextCursor\":\"c1\"}")));
        backends.stubFor(get(urlPathEqualTo("/api/check-ins")).withQueryParam("after", equalTo("c1"))
                .willReturn(okJson("{\"items\":[],\"nextCursor\":\"c1\"}")));
        JsonNode checkIn = nextEvent();
        assertEquals("CHECK_IN", checkIn.at("/payload/data/taskingBoard/kind").asText(), checkIn.toString());
        assertEquals("d-1", checkIn.at("/payload/data/taskingBoard/checkIn/clientId").asText());

        // every poll carries the subscriber's own token; a coordinator may not read notices, so none are polled
        List<?> polls = backends.findAll(getRequestedFor(urlPathEqualTo("/api/tasks")));
        assertTrue(polls.size() >= 2);
        backends.verify(getRequestedFor(urlPathEqualTo("/api/tasks")).withHeader("Authorization",
                equalTo("Bearer " + token)));
        assertEquals(0, backends.findAll(getRequestedFor(urlPathEqualTo("/api/notices"))).size());
    }

    @Test
    void a_service_that_fails_is_reported_and_the_feed_goes_on() throws Exception {
        backends.stubFor(get(urlPathEqualTo("/api/tasks")).willReturn(okJson(EMPTY_TASKS)));
        backends.stubFor(get(urlPathEqualTo("/api/check-ins")).willReturn(okJson("{\"items\":[],\"nextCursor\":\"c0\"}")));
        backends.stubFor(get(urlPathEqualTo("/api/notices")).willReturn(aResponse().withStatus(503)));
        subscribe(TestIssuer.token("pc", "police-officer"), "subscription { taskingBoard { kind message } }");
        JsonNode event = nextEvent();
        assertEquals("UNAVAILABLE", event.at("/payload/data/taskingBoard/kind").asText(), event.toString());
        assertTrue(event.at("/payload/data/taskingBoard/message").asText().contains("enforcement-service"));
        backends.stubFor(get(urlPathEqualTo("/api/notices")).willReturn(okJson("{\"items\":[{\"id\":\"n-1\"}],"
                + "\"page\":0,\"size\":50,\"totalItems\":1,\"totalPages\":1}")));
        // the first successful notices poll takes stock; a later notice is news
        Thread.sleep(600);
        messages.clear();
        backends.stubFor(get(urlPathEqualTo("/api/notices")).willReturn(okJson("{\"items\":[{\"id\":\"n-2\"},{\"id\":\"n-1\"}],"
                + "\"page\":0,\"size\":50,\"totalItems\":2,\"totalPages\":1}")));
        JsonNode notice = nextEvent();
        assertEquals("NOTICE", notice.at("/payload/data/taskingBoard/kind").asText(), notice.toString());
    }

    @Test
    void an_analyst_may_not_follow_the_board() throws Exception {
        subscribe(TestIssuer.token("ann", "analyst"), "subscription { taskingBoard { kind } }");
        JsonNode answer = nextEvent();
        assertTrue(answer.toString().contains("taskingBoard' needs one of the roles"), answer.toString());
    }
}
