package pact.reports.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pact.reports.service.CaseReviewService;
import pact.reports.trigger.CaseReview;
import pact.reports.trigger.TriggerPolicy;
import pact.support.paging.QueryValues;
import pact.support.problem.ProblemException;
import pact.support.security.Roles;

/** ASB case reviews the Community Trigger opened, with their due dates. */
@Path("/api/case-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case reviews", description = "ASB case reviews opened by the Community Trigger, with their statutory due dates")
@RolesAllowed({Roles.COUNCIL_OFFICER, Roles.POLICE_OFFICER, Roles.TASKING_COORDINATOR})
public class CaseReviewResource {

    @Inject
    CaseReviewService reviews;

    @Inject
    TriggerPolicy policy;

    /** A case review as the API returns it (no personal data: the victim is a key). */
    public record CaseReviewView(UUID id, CaseReview.Kind kind, String explanation, CaseReview.Status status,
            String ward, Instant openedAt, LocalDate acknowledgeBy, LocalDate panelBy, LocalDate outcomeBy,
            int appealWithinWorkingDaysOfOutcome, Set<UUID> reportIds) {
    }

    @GET
    @Operation(operationId = "listCaseReviews", summary = "Case reviews, newest first (at most 500); filter by status or by a report they include")
    public List<CaseReviewView> list(@QueryParam("status") String status, @QueryParam("reportId") String reportId) {
        CaseReview.Status wanted = QueryValues.enumValue("status", status, CaseReview.Status.class);
        UUID report = reportId == null || reportId.isBlank() ? null : QueryValues.uuid("reportId", reportId);
        return reviews.list(wanted, report).stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCaseReview", summary = "One case review")
    public CaseReviewView get(@PathParam("id") String id) {
        return reviews.find(QueryValues.uuid("id", id)).map(this::view)
                .orElseThrow(() -> ProblemException.notFound("Case review " + id));
    }

    private CaseReviewView view(CaseReview c) {
        return new CaseReviewView(c.id, c.kind, c.explanation, c.status, c.wardName, c.openedAt, c.acknowledgeBy,
                c.panelBy, c.outcomeBy, policy.appealWorkingDays(), Set.copyOf(c.reportIds));
    }
}
