package pact.enforcement.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pact.enforcement.mapping.ConsultationRequest;
import pact.enforcement.mapping.PspoOrderRequest;
import pact.enforcement.mapping.PspoOrderView;
import pact.enforcement.mapping.PspoStatusRequest;
import pact.enforcement.service.Caller;
import pact.enforcement.service.PspoRegister;
import pact.enforcement.service.PspoService;
import pact.support.paging.QueryValues;
import pact.support.problem.Problem;
import pact.support.problem.ProblemException;
import pact.support.security.Roles;

/** The PSPO register: orders, their areas and prohibitions, lifecycle, and the point lookup. */
@Path("/api/v1/pspos")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "PSPO register", description = "Public Spaces Protection Orders: areas, prohibitions, consultations and decisions")
public class PspoResource {

    @Inject
    PspoService orders;

    @Inject
    PspoRegister register;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.ENFORCEMENT_ADMIN, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.MET_SYSTEM,
            Roles.TASKING_COORDINATOR, Roles.ANALYST, Roles.COUNCIL_OFFICER})
    @Operation(operationId = "listPspos", summary = "Every order in the register")
    public List<PspoOrderView> list() {
        return orders.list();
    }

    @GET
    @Path("applicable")
    @RolesAllowed({Roles.ENFORCEMENT_ADMIN, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.MET_SYSTEM,
            Roles.TASKING_COORDINATOR, Roles.ANALYST, Roles.COUNCIL_OFFICER})
    @Operation(summary = "Which orders apply at this point and time (for this behaviour, if given)")
    public List<PspoRegister.Match> applicable(@QueryParam("lat") String lat, @QueryParam("lon") String lon,
            @QueryParam("at") String at, @QueryParam("behaviour") String behaviour) {
        double latitude = coordinate("lat", lat, 90);
        double longitude = coordinate("lon", lon, 180);
        Instant when = at == null || at.isBlank() ? Instant.now() : QueryValues.instant("at", at);
        return register.applicable(latitude, longitude, when,
                behaviour == null || behaviour.isBlank() ? null : behaviour.strip());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ENFORCEMENT_ADMIN, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.MET_SYSTEM,
            Roles.TASKING_COORDINATOR, Roles.ANALYST, Roles.COUNCIL_OFFICER})
    @APIResponse(responseCode = "200", description = "The order; its ETag is the version", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PspoOrderView.class)))
    @Operation(operationId = "getPspo", summary = "One order, with its GeoJSON area and ETag")
    public Response get(@PathParam("id") String id) {
        PspoOrderView order = orders.get(id);
        return Response.ok(order).tag(Headers.etag(order.version())).build();
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed(Roles.ENFORCEMENT_ADMIN)
    @Operation(operationId = "getPspoHistory", summary = "Every committed version of an order (Hibernate Envers)")
    public List<PspoService.Version> history(@PathParam("id") String id) {
        return orders.history(id);
    }

    @POST
    @RolesAllowed(Roles.ENFORCEMENT_ADMIN)
    @Operation(summary = "Draft an order")
    @Parameter(name = Headers.IDEMPOTENCY_KEY, in = ParameterIn.HEADER, required = true)
    @APIResponse(responseCode = "201", description = "Drafted", content = @Content(schema = @Schema(implementation = PspoOrderView.class)))
    @APIResponse(responseCode = "422", description = "Refused by a named rule", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response create(@NotNull(message = "an order body is required") @Valid PspoOrderRequest order,
            @HeaderParam(Headers.IDEMPOTENCY_KEY) String key) {
        return ApiResponses.created(orders.create(order, Caller.of(identity, null), Headers.requireIdempotencyKey(key),
                "/api/v1/pspos"));
    }

    @POST
    @Path("{id}/consultations")
    @RolesAllowed(Roles.ENFORCEMENT_ADMIN)
    @Operation(summary = "Record a consultation held on an order")
    public PspoOrderView consult(@PathParam("id") String id,
            @NotNull(message = "a consultation body is required") @Valid ConsultationRequest consultation) {
        return orders.addConsultation(id, consultation, Caller.of(identity, null));
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed(Roles.ENFORCEMENT_ADMIN)
    @APIResponse(responseCode = "200", description = "Changed; the ETag is the new version", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PspoOrderView.class)))
    @Operation(operationId = "changePspoStatus", summary = "Take an order through its lifecycle (consultation, made, varied, extended, discharged, expired)")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true)
    public Response changeStatus(@PathParam("id") String id,
            @NotNull(message = "a status body is required") @Valid PspoStatusRequest change,
            @HeaderParam("If-Match") String ifMatch) {
        PspoOrderView order = orders.changeStatus(id, change, Headers.ifMatch(ifMatch), Caller.of(identity, null));
        return Response.ok(order).tag(Headers.etag(order.version())).build();
    }

    static double coordinate(String name, String raw, double bound) {
        try {
            double value = Double.parseDouble(raw == null ? "" : raw.strip());
            if (value >= -bound && value <= bound) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw ProblemException.badField(name, "must be a number between -" + (int) bound + " and " + (int) bound);
    }
}
