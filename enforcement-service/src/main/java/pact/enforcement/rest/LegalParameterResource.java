package pact.enforcement.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pact.enforcement.domain.LawChange;
import pact.enforcement.service.Caller;
import pact.enforcement.service.LegalParameterService;
import pact.support.paging.QueryValues;
import pact.support.problem.Problem;
import pact.support.problem.ProblemException;
import pact.support.security.Roles;

/**
 * The effective-dated limits, periods and powers the rules apply. The legal team sets a new value
 * from a future date (the Crime and Policing Act 2026 maximum, say) without a restart; the past is
 * never edited, and every change is logged with who made it and why.
 */
@Path("/api/v1/legal-parameters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Legal parameters", description = "Effective-dated statutory limits and periods the notice rules read")
public class LegalParameterResource {

    /** One value of one parameter, in force from a date. */
    @Schema(name = "LegalParameterValue")
    public record Value(String name, LocalDate effectiveFrom, String value, String source) {
    }

    /** A value to set from a future date, and the instrument or reason behind it. */
    @Schema(name = "NewLegalParameterValue")
    public record NewValue(
            @NotBlank @Size(max = 64) String name,
            @NotNull LocalDate effectiveFrom,
            @Schema(example = "500") @NotBlank @Size(max = 400) String value,
            @Schema(description = "The statute, regulation or decision that sets it",
                    example = "Crime and Policing Act 2026 s.12; commencement regulations")
            @NotBlank @Size(max = 200) String source) {
    }

    /** One change made through this API. */
    @Schema(name = "LegalParameterChange")
    public record Change(Instant at, String actor, String name, LocalDate effectiveFrom, String oldValue,
            String newValue, String source) {
    }

    @Inject
    LegalParameterService law;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.ENFORCEMENT_ADMIN, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.MET_SYSTEM})
    @Operation(operationId = "listLegalParameters", summary = "Every value of every parameter, with the date it came into force")
    public List<Value> list() {
        return law.rows().stream().map(r -> new Value(r.key.name, r.key.effectiveFrom, r.value, r.source)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ENFORCEMENT_ADMIN)
    @Operation(summary = "Set a value from a future date (or replace the one set for that date)",
            description = "The rules apply it from that date with no restart. A date of today or earlier is refused "
                    + "(rule `law-not-retroactive`): notices already judged keep the law they were judged by.")
    @APIResponse(responseCode = "201", description = "Set", content = @Content(schema = @Schema(implementation = Value.class)))
    @APIResponse(responseCode = "200", description = "Replaced the value set earlier for that date",
            content = @Content(schema = @Schema(implementation = Value.class)))
    @APIResponse(responseCode = "400", description = "Unknown parameter, or a value it cannot hold",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The date is not in the future",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response set(@NotNull(message = "a value body is required") @Valid NewValue value) {
        var changed = law.set(new LawChange(value.name().strip(), value.effectiveFrom(), value.value()), value.source(),
                Caller.of(identity, null));
        var row = changed.row();
        return Response.status(changed.created() ? 201 : 200)
                .entity(new Value(row.key.name, row.key.effectiveFrom, row.value, row.source)).build();
    }

    @DELETE
    @Path("{name}/{effectiveFrom}")
    @RolesAllowed(Roles.ENFORCEMENT_ADMIN)
    @Operation(summary = "Withdraw a value set for a future date, before it comes into force")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "422", description = "It is in force already", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response withdraw(@PathParam("name") String name, @PathParam("effectiveFrom") String effectiveFrom,
            @QueryParam("reason") String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw ProblemException.badField("reason", "is required (at most 200 characters): why the value is withdrawn");
        }
        law.withdraw(new LawChange(name, QueryValues.date("effectiveFrom", effectiveFrom), ""), reason,
                Caller.of(identity, null));
        return Response.noContent().build();
    }

    @GET
    @Path("changes")
    @RolesAllowed(Roles.ENFORCEMENT_ADMIN)
    @Operation(operationId = "listLegalParameterChanges", summary = "Every change made through this API, newest first")
    public List<Change> changes() {
        return law.changes().stream().map(c -> new Change(c.at, c.actor, c.name, c.effectiveFrom, c.oldValue,
                c.newValue, c.source)).toList();
    }
}
