package pact.support.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import pact.support.problem.Problem;

/**
 * What every service's document promises beyond its annotations, so that a generated client can
 * read every answer:
 * <ul>
 * <li>every refusal (4xx, 5xx) is {@code application/problem+json} with the {@code Problem} schema
 * (RFC 9457, with the {@code rule} that refused and the field errors);</li>
 * <li>every answer of a deprecated operation documents the {@code Deprecation}, {@code Sunset} and
 * {@code Link} headers that {@link DeprecationHeaders} adds.</li>
 * </ul>
 */
public class ContractDocs implements OASFilter {
    static final String PROBLEM_REF = "#/components/schemas/Problem";
    static final Map<String, String> DEPRECATION_HEADERS = Map.of(
            "Deprecation", "When the operation was deprecated (RFC 9745): `@` and seconds since 1970",
            "Sunset", "The day after which the operation may stop answering (RFC 8594), an HTTP date",
            "Link", "The operation that replaces it: `<path>; rel=\"successor-version\"`");

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null) {
            return operation;
        }
        boolean deprecated = Boolean.TRUE.equals(operation.getDeprecated());
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                describeAsProblem(response);
            }
            if (deprecated) {
                DEPRECATION_HEADERS.forEach((name, description) -> response.addHeader(name,
                        OASFactory.createHeader().description(description).schema(string())));
            }
        });
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey("Problem")) {
            components.addSchema("FieldError", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                    .description("One field that was refused and why")
                    .addProperty("field", string()).addProperty("message", string()));
            components.addSchema("Problem", problemSchema());
        }
    }

    /** A refusal's answer: problem+json with the Problem schema, keeping any example given. */
    static void describeAsProblem(APIResponse response) {
        Content content = response.getContent();
        MediaType problem = content == null ? null : content.getMediaType(Problem.MEDIA_TYPE);
        if (problem == null) {
            problem = OASFactory.createMediaType();
        }
        if (problem.getSchema() == null) {
            problem.setSchema(OASFactory.createSchema().ref(PROBLEM_REF));
        }
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem));
    }

    static Schema problemSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("A refusal (RFC 9457 problem details)")
                .addProperty("type", string().description("A URI naming the kind of problem"))
                .addProperty("title", string())
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", string().description("What was wrong, for a person"))
                .addProperty("instance", string().description("The path that was asked for"))
                .addProperty("rule", string().description("The rule that refused it, stable for programs to match"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")));
    }

    static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }
}
