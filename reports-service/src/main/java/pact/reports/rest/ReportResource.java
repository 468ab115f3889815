package pact.reports.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pact.reports.domain.AsbCategory;
import pact.reports.domain.ReportSource;
import pact.reports.mapping.NewReport;
import pact.reports.mapping.ReportView;
import pact.reports.service.ReportService;
import pact.reports.service.ReportService.ReportFilter;
import pact.support.paging.PageRequest;
import pact.support.paging.PageResponse;
import pact.support.paging.QueryValues;
import pact.support.problem.ProblemException;
import pact.support.security.Roles;

/** Intake and listing of ASB reports. */
@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportResource {

    @Inject
    ReportService reports;

    @Inject
    SecurityIdentity caller;

    @POST
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.PARTNER, Roles.CITY_INSPECTOR, Roles.POLICE_OFFICER})
    @Operation(summary = "Report anti-social behaviour")
    public Response create(@NotNull(message = "a report body is required") @Valid NewReport report,
            @Context UriInfo uri) {
        ReportView created = reports.create(report, caller.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.TASKING_COORDINATOR, Roles.ANALYST, Roles.POLICE_OFFICER,
            Roles.CITY_INSPECTOR, Roles.PARTNER})
    @Operation(summary = "List reports, newest first; partners see only their own")
    public PageResponse<ReportView> list(@BeanParam PageRequest paging,
            @QueryParam("category") String category, @QueryParam("source") String source,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        ReportFilter filter = new ReportFilter(
                QueryValues.enumValue("category", category, AsbCategory.class),
                QueryValues.enumValue("source", source, ReportSource.class),
                QueryValues.instant("from", from), QueryValues.instant("to", to));
        return reports.list(filter, paging, partnerScope());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.TASKING_COORDINATOR, Roles.ANALYST, Roles.POLICE_OFFICER,
            Roles.CITY_INSPECTOR, Roles.PARTNER})
    @Operation(summary = "One report")
    public ReportView get(@PathParam("id") String id) {
        String scope = partnerScope();
        return reports.find(QueryValues.uuid("id", id))
                .filter(r -> scope == null || scope.equals(r.createdBy()))
                .orElseThrow(() -> ProblemException.notFound("Report " + id));
    }

    /** A caller whose only reason to read is being a partner sees only what it sent. */
    private String partnerScope() {
        boolean widerRole = WIDER_READERS.stream().anyMatch(caller::hasRole);
        return widerRole ? null : caller.getPrincipal().getName();
    }

    private static final java.util.List<String> WIDER_READERS = java.util.List.of(Roles.COUNCIL_OFFICER,
            Roles.TASKING_COORDINATOR, Roles.ANALYST, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR);
}
