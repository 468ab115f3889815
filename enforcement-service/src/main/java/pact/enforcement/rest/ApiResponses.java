package pact.enforcement.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import pact.enforcement.service.Idempotency;

/** Builds the answer to a create from the stored (possibly replayed) first answer. */
final class ApiResponses {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiResponses() {
    }

    static Response created(Idempotency.Answer answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).type(MediaType.APPLICATION_JSON)
                .entity(answer.body()).header(Headers.IDEMPOTENT_REPLAY, Boolean.toString(answer.replayed()));
        if (answer.location() != null) {
            response.location(URI.create(answer.location()));
        }
        try {
            JsonNode version = JSON.readTree(answer.body()).get("version");
            if (version != null && version.isNumber()) {
                response.tag(Headers.etag(version.asLong()));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answer unreadable", e);
        }
        return response.build();
    }
}
