package pact.reports.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pact.reports.domain.AsbCategory;
import pact.reports.domain.IntakeChannel;
import pact.reports.domain.Qualifier;
import pact.reports.domain.ReportSource;
import pact.reports.domain.ReportStatus;
import pact.reports.domain.StatusChange;
import pact.reports.mapping.NewReport;
import pact.reports.mapping.PublicationUpdate;
import pact.reports.mapping.PublicationView;
import pact.reports.mapping.ReportView;
import pact.reports.mapping.StatusUpdate;
import pact.reports.service.ReportPublication;
import pact.reports.service.ReportService.Caller;
import pact.reports.service.ReportService.ReportFilter;
import pact.reports.service.ReportService;
import pact.support.geo.CellId;
import pact.support.paging.PageRequest;
import pact.support.paging.PageResponse;
import pact.support.paging.QueryValues;
import pact.support.problem.ProblemException;
import pact.support.security.Roles;

/** Intake, lifecycle and listing of ASB reports. */
@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "ASB reports from every channel: intake, triage, lifecycle, risk and personal data (read with a reason)")
public class ReportResource {
    static final String ACCESS_REASON = "X-Access-Reason";
    static final int MAX_BULK_IDS = 500;

    @Inject
    ReportService reports;

    @Inject
    pact.reports.service.ReportUpdates updates;

    @Inject
    ReportPublication publication;

    @Inject
    SecurityIdentity caller;

    @POST
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.PARTNER, Roles.CITY_INSPECTOR, Roles.POLICE_OFFICER})
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(implementation = NewReport.class), examples = @ExampleObject(name = "street drinking",
            value = "{\"qualifier\":\"NUISANCE\",\"category\":\"STREET_DRINKING\",\"description\":\"Group drinking on the steps of St Martin-in-the-Fields, shouting at passers-by\",\"location\":{\"lat\":51.5089,\"lon\":-0.1268},\"occurredAt\":\"2026-11-01T22:00:00Z\",\"source\":\"CITY_INSPECTOR\"}")))
    @APIResponse(responseCode = "201", description = "Stored; the answer lists possible duplicates, and its ETag is the version", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportView.class)))
    @Operation(operationId = "createReport", summary = "Report anti-social behaviour; the answer lists possible duplicates (same type, 50 m, 48 h)")
    public Response create(@NotNull(message = "a report body is required") @Valid NewReport report,
            @Context UriInfo uri) {
        ReportView created = reports.create(report, caller.getPrincipal().getName(), IntakeChannel.STAFF);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(etag(created)).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.TASKING_COORDINATOR, Roles.ANALYST, Roles.POLICE_OFFICER,
            Roles.CITY_INSPECTOR, Roles.PARTNER})
    @Operation(operationId = "listReports", summary = "List reports, newest first, filtered by category, qualifier, source, status, ward, hotspot cell and time; partners see only their own. Personal data needs the "
            + "council-officer or police-officer role and an X-Access-Reason header, and each read is logged")
    public PageResponse<ReportView> list(@BeanParam PageRequest paging,
            @QueryParam("category") String category, @QueryParam("qualifier") String qualifier,
            @QueryParam("source") String source, @QueryParam("status") String status,
            @QueryParam("ward") String ward, @QueryParam("cell") String cell,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @Parameter(description = "why personal data is needed") @HeaderParam(ACCESS_REASON) String reason) {
        ReportFilter filter = new ReportFilter(
                QueryValues.enumValue("category", category, AsbCategory.class),
                QueryValues.enumValue("qualifier", qualifier, Qualifier.class),
                QueryValues.enumValue("source", source, ReportSource.class),
                QueryValues.enumValue("status", status, ReportStatus.class),
                ward == null || ward.isBlank() ? null : ward.trim(), cell(cell),
                QueryValues.instant("from", from), QueryValues.instant("to", to));
        return reports.list(filter, paging, partnerScope(), asCaller(reason));
    }

    @GET
    @Path("bulk")
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.TASKING_COORDINATOR, Roles.ANALYST, Roles.POLICE_OFFICER,
            Roles.CITY_INSPECTOR, Roles.PARTNER})
    @Operation(summary = "Many reports by id in one call (ids=comma-separated, at most 500), in the order asked")
    public List<ReportView> bulk(@QueryParam("ids") String ids, @HeaderParam(ACCESS_REASON) String reason) {
        if (ids == null || ids.isBlank()) {
            throw ProblemException.badField("ids", "give one or more report ids, comma-separated");
        }
        List<UUID> parsed = Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> QueryValues.uuid("ids", s)).distinct().toList();
        if (parsed.size() > MAX_BULK_IDS) {
            throw ProblemException.badField("ids", "at most " + MAX_BULK_IDS + " ids in one call");
        }
        return reports.byIds(parsed, partnerScope(), asCaller(reason));
    }

    @GET
    @Path("by-cell")
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.TASKING_COORDINATOR, Roles.ANALYST, Roles.POLICE_OFFICER,
            Roles.CITY_INSPECTOR})
    @Operation(summary = "The newest reports of each of many hotspot cells in one call (cells=comma-separated, "
            + "at most 200; limit per cell, default 20)")
    public java.util.Map<String, List<ReportView>> byCell(@QueryParam("cells") String cells,
            @QueryParam("limit") String limit, @QueryParam("from") String from, @QueryParam("to") String to,
            @HeaderParam(ACCESS_REASON) String reason) {
        if (cells == null || cells.isBlank()) {
            throw ProblemException.badField("cells", "give one or more cell ids, comma-separated");
        }
        List<CellId> parsed = Arrays.stream(cells.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(ReportResource::cell).distinct().toList();
        if (parsed.size() > 200) {
            throw ProblemException.badField("cells", "at most 200 cells in one call");
        }
        int perCell;
        try {
            perCell = limit == null || limit.isBlank() ? 20 : Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badField("limit", "'" + limit + "' is not a whole number");
        }
        if (perCell < 1 || perCell > 500) {
            throw ProblemException.badField("limit", "must be between 1 and 500");
        }
        return reports.byCells(parsed, perCell, QueryValues.instant("from", from),
                QueryValues.instant("to", to),
                asCaller(reason));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.TASKING_COORDINATOR, Roles.ANALYST, Roles.POLICE_OFFICER,
            Roles.CITY_INSPECTOR, Roles.PARTNER})
    @APIResponse(responseCode = "200", description = "The report; its ETag is the version", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportView.class)))
    @Operation(operationId = "getReport", summary = "One report, with its version as ETag")
    public Response get(@PathParam("id") String id, @HeaderParam(ACCESS_REASON) String reason) {
        String scope = partnerScope();
        ReportView report = reports.find(QueryValues.uuid("id", id), asCaller(reason))
                .filter(r -> scope == null || scope.equals(r.createdBy()))
                .orElseThrow(() -> ProblemException.notFound("Report " + id));
        return Response.ok(report).tag(etag(report)).build();
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.TASKING_COORDINATOR, Roles.POLICE_OFFICER})
    @APIResponse(responseCode = "200", description = "Moved; the ETag is the new version", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportView.class)))
    @Operation(summary = "Move a report through its lifecycle, with the reason; If-Match guards against lost updates")
    public Response changeStatus(@PathParam("id") String id,
            @NotNull(message = "a status body is required") @Valid StatusUpdate update,
            @HeaderParam("If-Match") String ifMatch) {
        ReportView changed = reports.changeStatus(QueryValues.uuid("id", id), update, version(ifMatch),
                asCaller(null));
        return Response.ok(changed).tag(etag(changed)).build();
    }

    @POST
    @Path("{id}/publication")
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.TASKING_COORDINATOR})
    @APIResponse(responseCode = "200", description = "Decided; the ETag is the new version", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PublicationView.class)))
    @Operation(summary = "Publish a report on the public Open311 feed (published=true) or withdraw it (false), "
            + "with the reason, which is recorded; reports about a targeted or vulnerable person, or hate-related, "
            + "are refused (rule public-feed); If-Match guards against lost updates")
    public Response decidePublication(@PathParam("id") String id,
            @NotNull(message = "a publication body is required") @Valid PublicationUpdate update,
            @HeaderParam("If-Match") String ifMatch) {
        PublicationView decided = publication.decide(QueryValues.uuid("id", id), update, version(ifMatch),
                caller.getPrincipal().getName());
        return Response.ok(decided).tag(new EntityTag(Long.toString(decided.version()))).build();
    }

    @GET
    @Path("{id}/publication")
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.TASKING_COORDINATOR, Roles.POLICE_OFFICER, Roles.ANALYST})
    @Operation(summary = "Whether a report is on the public Open311 feed, why, and every publish or withdraw decision")
    public PublicationView publication(@PathParam("id") String id) {
        return publication.find(QueryValues.uuid("id", id))
                .orElseThrow(() -> ProblemException.notFound("Report " + id));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.TASKING_COORDINATOR, Roles.POLICE_OFFICER, Roles.ANALYST})
    @Operation(summary = "Every status change of a report: who, when and why")
    public List<StatusChangeView> history(@PathParam("id") String id) {
        UUID reportId = QueryValues.uuid("id", id);
        reports.find(reportId, null).orElseThrow(() -> ProblemException.notFound("Report " + id));
        return reports.history(reportId).stream().map(StatusChangeView::of).toList();
    }

    @GET
    @Path("{id}/updates")
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.TASKING_COORDINATOR, Roles.POLICE_OFFICER, Roles.ANALYST})
    @Operation(summary = "A report's lifecycle: status moves, the tasks and notices that named it, residents' comments",
            description = "Oldest first. publicText is what the resident who reported it reads through Open311 "
                    + "(null: staff only); internalNote is for staff.")
    public List<ReportUpdateView> updates(@PathParam("id") String id) {
        UUID reportId = QueryValues.uuid("id", id);
        reports.find(reportId, null).orElseThrow(() -> ProblemException.notFound("Report " + id));
        return updates.of(reportId).stream().map(ReportUpdateView::of).toList();
    }

    /** One lifecycle entry as the API returns it. */
    public record ReportUpdateView(long id, pact.reports.domain.ReportUpdateKind kind, ReportStatus status,
            String publicText, String internalNote, String actor, java.time.Instant at) {
        static ReportUpdateView of(pact.reports.domain.ReportUpdate u) {
            return new ReportUpdateView(u.id, u.kind, u.status, u.publicText, u.internalNote, u.actor, u.at);
        }
    }

    @GET
    @Path("{id}/risk")
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.TASKING_COORDINATOR, Roles.POLICE_OFFICER, Roles.ANALYST})
    @Operation(summary = "The report's repeat-victim and repeat-location risk, each point explained, and its review date")
    public ReportService.RiskView risk(@PathParam("id") String id) {
        return reports.risk(QueryValues.uuid("id", id)).orElseThrow(() -> ProblemException.notFound("Report " + id));
    }

    /** One status change as the API returns it. */
    public record StatusChangeView(ReportStatus from, ReportStatus to, String changedBy, java.time.Instant changedAt,
            String reason) {
        static StatusChangeView of(StatusChange c) {
            return new StatusChangeView(c.from, c.to, c.changedBy, c.changedAt, c.reason);
        }
    }

    private static CellId cell(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        try {
            return CellId.parse(cell);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("cell", e.getMessage());
        }
    }

    private Caller asCaller(String reason) {
        return new Caller(caller.getPrincipal().getName(), caller.getRoles(), reason);
    }

    private static EntityTag etag(ReportView report) {
        return new EntityTag(Long.toString(report.version()));
    }

    private static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badField("If-Match", "must be the ETag of the report, such as \"3\"");
        }
    }

    /** A caller whose only reason to read is being a partner sees only what it sent. */
    private String partnerScope() {
        boolean widerRole = WIDER_READERS.stream().anyMatch(caller::hasRole);
        return widerRole ? null : caller.getPrincipal().getName();
    }

    private static final List<String> WIDER_READERS = List.of(Roles.COUNCIL_OFFICER,
            Roles.TASKING_COORDINATOR, Roles.ANALYST, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR);
}
