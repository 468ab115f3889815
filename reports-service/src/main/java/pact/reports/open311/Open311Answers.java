package pact.reports.open311;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Open311's answers in the format a call asked for: XML for {@code .xml} and for a route with no
 * format, JSON for {@code .json}. Errors are Open311's own list of {@code code} and
 * {@code description}, which FixMyStreet logs, rather than problem+json.
 */
final class Open311Answers {
    static final String XML = "xml";
    static final String JSON = "json";

    private Open311Answers() {
    }

    /** The format a path asks for; XML unless it ends in {@code .json}. */
    static String formatOf(String path) {
        return path != null && path.endsWith(".json") ? JSON : XML;
    }

    static Response respond(String format, int status, String root, String item, List<Map<String, Object>> items) {
        if (XML.equals(format)) {
            return Response.status(status).type(MediaType.APPLICATION_XML)
                    .entity(Open311Xml.write(root, item, items)).build();
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(items).build();
    }

    static Response error(String format, int status, String description) {
        return errors(format, status, List.of(description));
    }

    static Response errors(String format, int status, List<String> descriptions) {
        List<Map<String, Object>> errors = descriptions.stream().map(description -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", status);
            error.put("description", description);
            return error;
        }).toList();
        return respond(format, status, "errors", "error", errors);
    }

    /** A 429 with the seconds to wait, in the body and in {@code Retry-After}. */
    static Response tooMany(String format, long wait, String why) {
        return Response.fromResponse(error(format, 429, "Too many requests: " + why + "; retry after " + wait + " s"))
                .header("Retry-After", wait).build();
    }
}
