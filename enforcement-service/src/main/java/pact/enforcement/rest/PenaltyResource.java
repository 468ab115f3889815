package pact.enforcement.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pact.enforcement.domain.NoticeDraft;
import pact.enforcement.service.Caller;
import pact.enforcement.service.PenaltySweep;
import pact.support.paging.QueryValues;
import pact.support.problem.ProblemException;
import pact.support.security.Roles;

/** Fixed penalty follow-up for the legal team: reminders due, and the sweep of unpaid penalties to prosecution. */
@Path("/api/v1/penalties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Penalties", description = "Fixed penalties: amounts due, discounts, payments and what is overdue")
public class PenaltyResource {

    @Inject
    PenaltySweep penalties;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("reminders-due")
    @RolesAllowed({Roles.ENFORCEMENT_ADMIN, Roles.MET_SYSTEM})
    @Operation(summary = "Penalties whose discount or payment period ends within the coming days")
    @Parameter(name = Headers.ACCESS_REASON, in = ParameterIn.HEADER, required = true)
    public List<PenaltySweep.Reminder> remindersDue(@QueryParam("on") String on, @QueryParam("withinDays") String within,
            @HeaderParam(Headers.ACCESS_REASON) String reason) {
        int days;
        try {
            days = within == null || within.isBlank() ? 3 : Integer.parseInt(within.strip());
        } catch (NumberFormatException e) {
            days = -1;
        }
        if (days < 0 || days > 60) {
            throw ProblemException.badField("withinDays", "must be a whole number from 0 to 60");
        }
        return penalties.remindersDue(day(on), days, Caller.of(identity, Headers.requireReason(reason)));
    }

    @POST
    @Path("sweep")
    @RolesAllowed(Roles.ENFORCEMENT_ADMIN)
    @Operation(summary = "Mark overdue penalties unpaid and open prosecution files once proceedings may be taken",
            description = "Safe to repeat: a second run on the same day finds nothing more to do.")
    public PenaltySweep.SweepResult sweep(@QueryParam("on") String on) {
        return penalties.sweep(day(on), Caller.of(identity, null));
    }

    static LocalDate day(String raw) {
        LocalDate today = LocalDate.now(NoticeDraft.LONDON);
        if (raw == null || raw.isBlank()) {
            return today;
        }
        LocalDate day = QueryValues.date("on", raw);
        if (day.isAfter(today)) {
            throw ProblemException.badField("on", "cannot be in the future");
        }
        return day;
    }
}
