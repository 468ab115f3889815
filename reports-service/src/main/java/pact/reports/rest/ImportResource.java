package pact.reports.rest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pact.reports.imports.ImportJob;
import pact.reports.imports.PoliceUkImportService;
import pact.reports.imports.PoliceUkRecord;
import pact.support.paging.QueryValues;
import pact.support.problem.Problem;
import pact.support.problem.ProblemException;
import pact.support.security.Roles;
import pact.support.validation.CleanText;

/** Imports of police.uk street-level data (CSV download or API JSON) as partner context reports. */
@Path("/api/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "police.uk ASB records imported as reports, with progress and a report of what was skipped")
@RolesAllowed({Roles.COUNCIL_OFFICER, Roles.ANALYST})
public class ImportResource {

    @Inject
    PoliceUkImportService imports;

    @Inject
    SecurityIdentity caller;

    @Inject
    ObjectMapper json;

    @POST
    @Path("police-uk")
    @Consumes({"text/csv", MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @APIResponse(responseCode = "200", description = "Imported: counts, and the rows skipped with their line", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "202", description = "Started (Prefer: respond-async): follow Location for progress", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportView.class)))
    @Operation(summary = "Import a police.uk file. Idempotent; bad rows are skipped and listed with their line; "
            + "all or nothing. With 'Prefer: respond-async' it answers 202 at once; follow Location for progress")
    public Response importPoliceUk(byte[] body, @HeaderParam("Content-Type") String contentType,
            @QueryParam("format") String format, @QueryParam("file") @Size(max = 200) @CleanText String fileName,
            @HeaderParam("Prefer") String prefer, @Context UriInfo uri) {
        if (body == null || body.length == 0) {
            throw ProblemException.badField("(body)", "is empty: send the police.uk CSV or JSON file");
        }
        boolean isJson = format != null ? switch (format.trim().toLowerCase()) {
            case "json" -> true;
            case "csv" -> false;
            default -> throw ProblemException.badField("format", "must be csv or json");
        } : contentType != null && contentType.startsWith(MediaType.APPLICATION_JSON) || startsWithBracket(body);
        String user = caller.getPrincipal().getName();
        UUID job = imports.begin(isJson ? "json" : "csv", fileName, user);
        java.net.URI location = uri.getBaseUriBuilder().path("api/imports").path(job.toString()).build();
        if (prefer != null && prefer.contains("respond-async")) {
            imports.runLater(job, body, isJson, user);
            return Response.accepted(view(imports.job(job).orElseThrow())).location(location).build();
        }
        imports.run(job, body, isJson, user);
        ImportView done = view(imports.job(job).orElseThrow());
        if ("FAILED".equals(done.status())) {
            throw new ProblemException(new Problem("https://pact.example/problems/import-failed", "Import failed",
                    422, done.failure(), null, null, List.of(new Problem.FieldError("(body)", done.failure()))));
        }
        return Response.ok(done).location(location).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getImport", summary = "An import's progress or outcome")
    public ImportView get(@PathParam("id") String id) {
        return imports.job(QueryValues.uuid("id", id)).map(this::view)
                .orElseThrow(() -> ProblemException.notFound("Import " + id));
    }

    @GET
    @Operation(operationId = "listImports", summary = "The latest imports, newest first")
    public List<ImportView> list() {
        return imports.latest(50).stream().map(this::view).toList();
    }

    /** An import as the API returns it. */
    public record ImportView(UUID id, String format, String fileName, String status, String startedBy,
            Instant startedAt, Instant finishedAt, int rowsRead, int imported, int alreadyPresent, int notAsb,
            int outOfArea, int badRows, List<PoliceUkRecord.Bad> badRowDetails, String failure) {
    }

    private ImportView view(ImportJob job) {
        try {
            List<PoliceUkRecord.Bad> bad = json.readValue(job.badRowDetails, new TypeReference<>() {
            });
            return new ImportView(job.id, job.format, job.fileName, job.status.name(), job.startedBy, job.startedAt,
                    job.finishedAt, job.rowsRead, job.imported, job.alreadyPresent, job.notAsb, job.outOfArea,
                    job.badRows, bad, job.failure);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean startsWithBracket(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '[';
            }
        }
        return false;
    }
}
