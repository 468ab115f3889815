package pact.tasking.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pact.support.paging.QueryValues;
import pact.support.problem.ProblemException;
import pact.support.security.Roles;
import pact.tasking.mapping.DoseReport;
import pact.tasking.service.DoseService;

/** Planned against delivered patrol dose per task. */
@Path("/api/dose")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Patrol dose")
public class DoseResource {

    @Inject
    DoseService dose;

    @GET
    @RolesAllowed({Roles.TASKING_COORDINATOR, Roles.ANALYST, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR})
    @Operation(summary = "Minutes inside and visits per task over [from, to): a shift, or a week")
    public DoseReport report(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant start = QueryValues.instant("from", from);
        Instant end = QueryValues.instant("to", to);
        if (start == null || end == null) {
            throw ProblemException.badField(start == null ? "from" : "to", "is required");
        }
        return dose.report(start, end);
    }
}
