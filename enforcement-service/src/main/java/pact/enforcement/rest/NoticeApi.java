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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pact.enforcement.domain.NoticeType;
import pact.enforcement.mapping.CursorPage;
import pact.enforcement.mapping.NoticeGroup;
import pact.enforcement.mapping.NoticeRecord;
import pact.enforcement.mapping.NoticeRequest;
import pact.enforcement.mapping.PaymentRequest;
import pact.enforcement.mapping.PaymentView;
import pact.enforcement.mapping.StatusChangeRequest;
import pact.enforcement.service.Caller;
import pact.enforcement.service.NoticeHistory;
import pact.enforcement.service.ChangeNoticeStatus;
import pact.enforcement.service.IssueNotice;
import pact.enforcement.service.NoticeQueries;
import pact.enforcement.service.RecordPayment;
import pact.support.paging.QueryValues;
import pact.support.problem.Problem;
import pact.support.problem.ProblemException;
import pact.support.security.Roles;

/**
 * The Met enforcement API for notices: idempotent creates, If-Match on every change, cursor
 * pages, bulk reads for the gateway, and problem+json that names the refusing rule.
 */
@Path("/api/v1/notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notices v1", description = "Notices under the ASB, Crime and Policing Act 2014")
public class NoticeApi {
    static final String OPTIONAL_REASON = "Why personal data is read; logged (DPA 2018 s.62). Without it the "
            + "notices come without their subject";

    static final int MAX_BULK = 200;

    static final String LIMIT = "How many to answer at most";

    @Inject
    IssueNotice issuing;

    @Inject
    ChangeNoticeStatus statuses;

    @Inject
    RecordPayment payments;

    @Inject
    NoticeQueries notices;

    @Inject
    NoticeHistory history;

    @Inject
    SecurityIdentity identity;

    @POST
    @RolesAllowed({Roles.CITY_INSPECTOR, Roles.POLICE_OFFICER, Roles.MET_SYSTEM})
    @Operation(operationId = "issueNotice", summary = "Issue a notice", description = "Checked against every statutory rule; a refusal is a 422 "
            + "whose `rule` names the rule. A retry with the same Idempotency-Key returns the first answer.")
    @Parameter(name = Headers.IDEMPOTENCY_KEY, in = ParameterIn.HEADER, required = true,
            description = "Unique per intended notice; reuse it on retries")
    @APIResponse(responseCode = "201", description = "Issued (or the first answer, replayed)",
            headers = {@Header(name = "ETag", description = "The notice's version, for If-Match",
                    schema = @Schema(type = SchemaType.STRING)),
                @Header(name = Headers.IDEMPOTENT_REPLAY, description = "true when this is the first answer, replayed",
                        schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = NoticeRecord.class),
                    examples = @ExampleObject(name = "warning", value = ApiExamples.WARNING_ISSUED)))
    @APIResponse(responseCode = "400", description = "A field or header is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID)))
    @APIResponse(responseCode = "403", description = "The body names another officer than the one signed in (rule "
            + "`issuer-is-the-caller`), or the login is linked to no officer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Refused by a named rule, or the key was used for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "refused", summary = "A warning that allows no time to comply",
                            value = ApiExamples.WARNING_REFUSED)))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NoticeRequest.class),
            examples = @ExampleObject(name = "warning", summary = "A Community Protection Warning from a Met system",
                    value = ApiExamples.WARNING_REQUEST)))
    public Response issue(@NotNull(message = "a notice body is required") @Valid NoticeRequest notice,
            @HeaderParam(Headers.IDEMPOTENCY_KEY) String key) {
        return ApiResponses.created(issuing.issue(notice, Caller.of(identity, null),
                Headers.requireIdempotencyKey(key), "/api/v1/notices"));
    }

    @GET
    @RolesAllowed({Roles.ENFORCEMENT_ADMIN, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.MET_SYSTEM})
    @Operation(operationId = "listNotices", summary = "Notices newest first, by cursor", description = "Pass `nextCursor` back as `cursor`.")
    @Parameter(name = Headers.ACCESS_REASON, in = ParameterIn.HEADER, required = true,
            description = "Why personal data is read; logged (DPA 2018 s.62)")
    public CursorPage<NoticeRecord> list(
            @Parameter(description = "The nextCursor of the page before; leave out for the first page") @QueryParam("cursor") String cursor,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500",
                    defaultValue = "50")) @QueryParam("limit") String limit,
            @QueryParam("type") String type, @HeaderParam(Headers.ACCESS_REASON) String reason) {
        return notices.listByCursor(QueryValues.enumValue("type", type, NoticeType.class), cursor, limit(limit),
                caller(reason));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ENFORCEMENT_ADMIN, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.MET_SYSTEM})
    @Operation(operationId = "getNotice", summary = "One notice, with its ETag")
    @Parameter(name = Headers.ACCESS_REASON, in = ParameterIn.HEADER, description = OPTIONAL_REASON)
    @APIResponse(responseCode = "200", description = "The notice", headers = @Header(name = "ETag",
            description = "The notice's version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = NoticeRecord.class)))
    @APIResponse(responseCode = "404", description = "No such notice", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response get(@PathParam("id") String id, @HeaderParam(Headers.ACCESS_REASON) String reason) {
        Caller caller = callerMaybeWithReason(reason);
        NoticeRecord notice = notices.find(QueryValues.uuid("id", id), caller)
                .orElseThrow(() -> ProblemException.notFound("Notice " + id));
        return Response.ok(notice).tag(Headers.etag(notice.version())).build();
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({Roles.ENFORCEMENT_ADMIN, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.MET_SYSTEM})
    @Operation(operationId = "changeNoticeStatus", summary = "Move a notice to a new status", description = "Only the transitions of the type's state "
            + "machine, each with its preconditions (appeal window, time allowed, payment period, no-prosecution period).")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = "The ETag last read")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = StatusChangeRequest.class),
            examples = @ExampleObject(name = "complied", summary = "The warning was complied with",
                    value = ApiExamples.COMPLIED_REQUEST)))
    @APIResponse(responseCode = "200", description = "The notice", headers = @Header(name = "ETag",
            description = "The notice's version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = NoticeRecord.class)))
    @APIResponse(responseCode = "412", description = "The notice changed since that ETag",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "Refused by a named rule", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response changeStatus(@PathParam("id") String id,
            @NotNull(message = "a status change body is required") @Valid StatusChangeRequest change,
            @HeaderParam("If-Match") String ifMatch) {
        NoticeRecord changed = statuses.change(QueryValues.uuid("id", id), change, Headers.ifMatch(ifMatch),
                Caller.of(identity, null));
        return Response.ok(changed).tag(Headers.etag(changed.version())).build();
    }

    @POST
    @Path("{id}/payments")
    @RolesAllowed({Roles.ENFORCEMENT_ADMIN, Roles.MET_SYSTEM})
    @Operation(summary = "Record a penalty payment", description = "The amount due on the day paid: the discount "
            + "only within its period.")
    @Parameter(name = Headers.IDEMPOTENCY_KEY, in = ParameterIn.HEADER, required = true)
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = "Optional: the ETag last read")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "409", description = "The payment reference is already recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "Refused by a named rule", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response pay(@PathParam("id") String id,
            @NotNull(message = "a payment body is required") @Valid PaymentRequest payment,
            @HeaderParam(Headers.IDEMPOTENCY_KEY) String key, @HeaderParam("If-Match") String ifMatch) {
        return ApiResponses.created(payments.pay(QueryValues.uuid("id", id), payment, Headers.ifMatch(ifMatch),
                Headers.requireIdempotencyKey(key), Caller.of(identity, null), "/api/v1/notices"));
    }

    @GET
    @Path("{id}/payments")
    @RolesAllowed({Roles.ENFORCEMENT_ADMIN, Roles.MET_SYSTEM})
    @Operation(summary = "Payments of a penalty")
    public List<PaymentView> payments(@PathParam("id") String id, @HeaderParam(Headers.ACCESS_REASON) String reason) {
        return payments.payments(QueryValues.uuid("id", id), caller(reason));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed(Roles.ENFORCEMENT_ADMIN)
    @Operation(operationId = "getNoticeHistory", summary = "Every committed version of a notice (Hibernate Envers)")
    public List<NoticeHistory.Version> history(@PathParam("id") String id,
            @HeaderParam(Headers.ACCESS_REASON) String reason) {
        return history.of(QueryValues.uuid("id", id), caller(reason));
    }

    @GET
    @Path("by-ids")
    @RolesAllowed({Roles.ENFORCEMENT_ADMIN, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.MET_SYSTEM})
    @Operation(summary = "Many notices by id in one call, in the order asked; unknown ids are left out")
    public List<NoticeRecord> byIds(@QueryParam("id") List<String> ids, @HeaderParam(Headers.ACCESS_REASON) String reason) {
        return notices.byIds(uuids("id", ids), callerMaybeWithReason(reason));
    }

    @GET
    @Path("by-report")
    @RolesAllowed({Roles.ENFORCEMENT_ADMIN, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.MET_SYSTEM})
    @Operation(summary = "Notices of many reports in one call, one group per report id in the order asked")
    public List<NoticeGroup> byReport(@QueryParam("reportId") List<String> ids,
            @HeaderParam(Headers.ACCESS_REASON) String reason) {
        return notices.grouped("reportId", uuids("reportId", ids), callerMaybeWithReason(reason));
    }

    @GET
    @Path("by-task")
    @RolesAllowed({Roles.ENFORCEMENT_ADMIN, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.MET_SYSTEM})
    @Operation(summary = "Notices of many tasks in one call, one group per task id in the order asked")
    public List<NoticeGroup> byTask(@QueryParam("taskId") List<String> ids,
            @HeaderParam(Headers.ACCESS_REASON) String reason) {
        return notices.grouped("taskId", uuids("taskId", ids), callerMaybeWithReason(reason));
    }

    @GET
    @Path("by-officer")
    @RolesAllowed({Roles.ENFORCEMENT_ADMIN, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.MET_SYSTEM})
    @Operation(summary = "Notices given by many officers in one call (staffNumber), one group per officer in the order asked")
    public List<NoticeGroup> byOfficer(@QueryParam("staffNumber") List<String> staffNumbers,
            @HeaderParam(Headers.ACCESS_REASON) String reason) {
        return notices.groupedByText("officerStaffNumber", texts("staffNumber", staffNumbers), callerMaybeWithReason(reason));
    }

    @GET
    @Path("by-pspo")
    @RolesAllowed({Roles.ENFORCEMENT_ADMIN, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.MET_SYSTEM})
    @Operation(summary = "Penalties for breaches of many PSPOs in one call (orderId), one group per order in the order asked")
    public List<NoticeGroup> byPspo(@QueryParam("orderId") List<String> orderIds,
            @HeaderParam(Headers.ACCESS_REASON) String reason) {
        return notices.groupedByText("pspoOrderId", texts("orderId", orderIds), callerMaybeWithReason(reason));
    }

    @GET
    @Path("by-subject")
    @RolesAllowed({Roles.ENFORCEMENT_ADMIN, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.MET_SYSTEM})
    @Operation(summary = "Every notice to one subject (name ignoring case; date of birth when given)")
    public List<NoticeRecord> bySubject(@QueryParam("name") String name, @QueryParam("dateOfBirth") String dateOfBirth,
            @HeaderParam(Headers.ACCESS_REASON) String reason) {
        if (name == null || name.isBlank()) {
            throw ProblemException.badField("name", "is required");
        }
        LocalDate dob = QueryValues.optionalDate("dateOfBirth", dateOfBirth);
        return notices.bySubject(name, dob, caller(reason));
    }

    private Caller caller(String reason) {
        return Caller.of(identity, Headers.requireReason(reason));
    }

    /** Reads by id or key: without a reason the notices come without their subjects, and nothing personal is logged. */
    private Caller callerMaybeWithReason(String reason) {
        return Caller.of(identity, reason == null || reason.isBlank() ? null : Headers.requireReason(reason));
    }

    static List<String> texts(String name, List<String> raw) {
        List<String> values = raw == null ? List.of()
                : raw.stream().flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::strip)
                        .filter(v -> !v.isEmpty()).distinct().toList();
        if (values.isEmpty()) {
            throw ProblemException.badField(name, "give at least one");
        }
        if (values.size() > MAX_BULK) {
            throw ProblemException.badField(name, "at most " + MAX_BULK + " in one call");
        }
        if (values.stream().anyMatch(v -> v.length() > 64)) {
            throw ProblemException.badField(name, "values are at most 64 characters");
        }
        return values;
    }

    static List<UUID> uuids(String name, List<String> raw) {
        List<String> values = raw == null ? List.of()
                : raw.stream().flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::strip)
                        .filter(v -> !v.isEmpty()).toList();
        if (values.isEmpty()) {
            throw ProblemException.badField(name, "give at least one");
        }
        if (values.size() > MAX_BULK) {
            throw ProblemException.badField(name, "at most " + MAX_BULK + " in one call");
        }
        return values.stream().map(v -> QueryValues.uuid(name, v)).toList();
    }

    static int limit(String raw) {
        return QueryValues.limit("limit", raw, 50, 500);
    }
}
