package pact.support.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import pact.support.json.StrictJson;

/**
 * Turns every failure a REST call can meet into an RFC 9457 problem+json response, so
 * that a client always learns which field or rule was at fault and never sees a bare 500
 * for its own mistake.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper(priority = 1)
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return respond(Problem.invalid(errors), uri);
    }

    // Quarkus has built-in mappers for these exact Jackson types; naming each one here makes
    // ours the closer match, so the answer is problem+json with the field named.
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableBody(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return unreadableBody(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return unreadableBody(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response parseFailure(JsonParseException e, UriInfo uri) {
        return unreadableBody(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mappingFailure(JsonMappingException e, UriInfo uri) {
        return unreadableBody(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableBody(JsonProcessingException e, UriInfo uri) {
        JsonParseException duplicate = duplicateKey(e);
        if (duplicate != null) {
            // STRICT_DUPLICATE_DETECTION: the parser stands on the repeated key
            return respond(Problem.invalid(List.of(new Problem.FieldError(
                    pathOf(duplicate.getProcessor().getParsingContext()),
                    "is given more than once; give each field once"))), uri);
        }
        if (e instanceof JsonParseException parse) {
            return respond(Problem.invalid(List.of(new Problem.FieldError("(body)",
                    "is not valid JSON: " + parse.getOriginalMessage()))), uri);
        }
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping.getPath()) : "(body)";
        return respond(Problem.invalid(List.of(new Problem.FieldError(field, messageFor(e)))), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableBody(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String detail = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        return respond(Problem.of(status, title, detail), uri);
    }

    @ServerExceptionMapper(priority = 10)
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseUnavailable.causedBy(e)) {
            LOG.warnf("Answered 503: the database is not answering (%s)", DatabaseUnavailable.reason(e));
            Response refused = respond(Problem.of(503, "Service unavailable", "The service's database is not "
                    + "answering. Try again in a few seconds (with the same Idempotency-Key, where the operation "
                    + "takes one)."), uri);
            return Response.fromResponse(refused).header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return respond(Problem.of(500, "Internal error",
                "The server failed; quote incident " + incident + " when reporting it"), uri);
    }

    static Response respond(Problem problem, UriInfo uri) {
        Problem body = uri == null ? problem : problem.withInstance(uri.getRequestUri().getRawPath());
        Response.ResponseBuilder answer = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(body);
        if (problem.status() == 413) {
            // the rest of a refused body is never read, so the connection cannot carry another request
            answer.header("Connection", "close");
        }
        return answer.build();
    }

    /** Drops the method and body-parameter names that Bean Validation puts in front of the field. */
    static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            boolean bodyParameter = node.getKind() == ElementKind.PARAMETER && i < nodes.size() - 1;
            if (bodyParameter) {
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.isEmpty()) {
                names.add(name);
            }
        }
        return names.isEmpty() ? "(body)" : String.join(".", names);
    }

    static String pathOf(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? "(body)" : field.toString();
    }

    /** The duplicate-key refusal of a strict parser, itself or wrapped by a nested object's reader. */
    static JsonParseException duplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonParseException parse && parse.getProcessor() != null
                    && parse.getOriginalMessage() != null && parse.getOriginalMessage().startsWith("Duplicate field")) {
                return parse;
            }
        }
        return null;
    }

    /** The dotted path of the key a parser stands on, such as {@code subject.name} or {@code requirements[1].text}. */
    static String pathOf(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.add(0, c.getCurrentName());
            } else if (c.inArray()) {
                parts.add(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
            }
        }
        return parts.isEmpty() ? "(body)" : String.join(".", parts).replace(".[", "[");
    }

    static String messageFor(JsonProcessingException e) {
        if (e instanceof StrictJson.RefusedText) {
            return e.getOriginalMessage();
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            if (target != null && target.isEnum()) {
                return "'" + format.getValue() + "' is not one of " + Arrays.toString(target.getEnumConstants());
            }
            return "'" + format.getValue() + "' is not a valid " + describe(target);
        }
        if (e instanceof MismatchedInputException mismatch) {
            Class<?> target = mismatch.getTargetType();
            if (target != null && target.isEnum()) {
                return "must be one of " + Arrays.toString(target.getEnumConstants());
            }
            return "has the wrong type: expected " + describe(target);
        }
        return "could not be read: " + e.getOriginalMessage();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == int.class
                || type == long.class || type == float.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        if (type == String.class) {
            return "string";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "ISO-8601 date-time such as 2026-06-01T21:30:00Z";
        }
        if (type == UUID.class) {
            return "UUID";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        return "object (" + type.getSimpleName() + ")";
    }
}
