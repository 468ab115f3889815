package pact.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiCompatibilityTest {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A small document: one create operation with a request, an answer and a header parameter. */
    static JsonNode document(String requestExtra, String answerExtra, String statusEnum, String parameters) throws Exception {
        return JSON.readTree(("""
                {"openapi":"3.1.0","info":{"title":"t","version":"1"},
                 "paths":{"/api/v1/things":{"post":{"operationId":"createThing","parameters":[%s],
                   "requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/ThingRequest"}}}},
                   "responses":{"201":{"description":"made","headers":{"ETag":{"schema":{"type":"string"}}},
                     "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Thing"}}}}}}},
                  "/internal/x":{"get":{"operationId":"x","responses":{"200":{"description":"x"}}}}},
                 "components":{"schemas":{
                   "ThingRequest":{"type":"object","required":["name"%s],"properties":{"name":{"type":"string"},
                      "note":{"type":"string"},"size":{"type":"integer"}}},
                   "Thing":{"type":"object","properties":{"id":{"type":"string","format":"uuid"},
                      "status":{"$ref":"#/components/schemas/Status"}%s}},
                   "Status":{"type":"string","enum":[%s]},
                   "Unused":{"type":"object"}}}}""").formatted(parameters, requestExtra, answerExtra, statusEnum));
    }

    static final String KEY = "{\"name\":\"Idempotency-Key\",\"in\":\"header\",\"required\":true,\"schema\":{\"type\":\"string\"}}";

    static JsonNode base() throws Exception {
        return document("", ",\"note\":{\"type\":\"string\"}", "\"OPEN\",\"CLOSED\"", KEY);
    }

    @Test
    void the_same_document_and_additions_break_nothing() throws Exception {
        assertEquals(List.of(), ApiCompatibility.breakingChanges(base(), base()));
        JsonNode more = document("", ",\"note\":{\"type\":\"string\"},\"extra\":{\"type\":\"string\"}",
                "\"OPEN\",\"CLOSED\",\"ARCHIVED\"",
                KEY + ",{\"name\":\"dryRun\",\"in\":\"query\",\"schema\":{\"type\":\"boolean\"}}");
        assertEquals(List.of(), ApiCompatibility.breakingChanges(base(), more));
        assertEquals(List.of("POST /api/v1/things: new optional query parameter dryRun",
                        "POST /api/v1/things 201.status: new enumeration value ARCHIVED (answers may carry it)",
                        "POST /api/v1/things 201: new member extra"),
                ApiCompatibility.additions(base(), more));
    }

    @Test
    void removals_new_required_inputs_and_changed_types_break() throws Exception {
        JsonNode worse = document(",\"size\"", "", "\"OPEN\"",
                KEY + ",{\"name\":\"region\",\"in\":\"query\",\"required\":true,\"schema\":{\"type\":\"string\"}}");
        assertEquals(List.of(
                "POST /api/v1/things: new required query parameter region",
                "POST /api/v1/things request: member size is now required",
                "POST /api/v1/things 201.status: enumeration value CLOSED removed",
                "POST /api/v1/things 201: member note removed"),
                ApiCompatibility.breakingChanges(base(), worse));
        JsonNode gone = JSON.readTree(base().toString().replace("\"createThing\"", "\"makeThing\"")
                .replace("\"format\":\"uuid\"", "\"format\":\"uri\"").replace("\"ETag\"", "\"Etag-Old\""));
        assertEquals(List.of(
                "POST /api/v1/things: operationId createThing became makeThing",
                "POST /api/v1/things 201: header ETag removed",
                "POST /api/v1/things 201.id: format uuid became uri"),
                ApiCompatibility.breakingChanges(base(), gone));
        JsonNode noOperation = JSON.readTree(base().toString().replace("/api/v1/things", "/api/v2/things"));
        assertEquals(List.of("POST /api/v1/things: operation removed"),
                ApiCompatibility.breakingChanges(base(), noOperation));
    }

    @Test
    void the_part_under_a_prefix_keeps_its_operations_and_the_schemas_they_reach() throws Exception {
        JsonNode part = ApiCompatibility.part(base(), "/api/v1/");
        assertEquals(List.of("/api/v1/things"), List.copyOf(iterable(part.path("paths").fieldNames())));
        assertEquals(List.of("Status", "Thing", "ThingRequest"),
                List.copyOf(iterable(part.path("components").path("schemas").fieldNames())));
        assertEquals(ApiCompatibility.digest(part), ApiCompatibility.digest(JSON.readTree(ApiCompatibility.write(part))));
    }

    static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
