package pact.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** tasking-service's REST API. */
@RegisterRestClient(configKey = "tasking-service")
@RegisterClientHeaders(BearerTokenForwarder.class)
@Path("/api")
public interface TaskingClient {
    @GET
    @Path("/officers")
    Uni<Pages.OfficerPage> officers(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("organisation") String organisation);

    @GET
    @Path("/tasks")
    Uni<Pages.TaskPage> tasks(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("status") String status);

    @GET
    @Path("/tasks/by-cell")
    Uni<Map<String, List<Pages.Task>>> tasksByCell(@QueryParam("cellId") List<String> cellIds);

    @GET
    @Path("/tasks/by-report")
    Uni<Map<String, List<Pages.Task>>> tasksByReport(@QueryParam("reportId") List<String> reportIds);

    @GET
    @Path("/tasks/by-officer")
    Uni<Map<String, List<Pages.Task>>> tasksByOfficer(@QueryParam("officerId") List<String> officerIds);

    @POST
    @Path("/tasks/from-hotspots")
    Uni<Pages.HotspotTaskingResult> tasksFromHotspots(Inputs.HotspotTasking request);

    @POST
    @Path("/plans")
    Uni<Pages.Plan> createPlan(Inputs.NewPlan plan);

    @POST
    @Path("/officers/{id}/check-ins")
    Uni<Pages.CheckInReceipt> checkIn(@PathParam("id") String officerId, Inputs.CheckInBatch batch);

    @GET
    @Path("/availability")
    Uni<List<Pages.Availability>> availability(@QueryParam("at") String at, @QueryParam("team") String team);

    @GET
    @Path("/officers/{id}/duty-periods")
    Uni<List<Pages.DutyPeriod>> dutyPeriods(@PathParam("id") String officerId, @QueryParam("from") String from,
            @QueryParam("to") String to);

    @GET
    @Path("/plans/{id}")
    Uni<Pages.Plan> plan(@PathParam("id") String id);

    @PUT
    @Path("/plans/{id}/visits/{visitId}")
    Uni<Pages.Plan> changeVisit(@PathParam("id") String planId, @PathParam("visitId") String visitId,
            Inputs.VisitChange change);

    @POST
    @Path("/plans/{id}/replan")
    Uni<Pages.Plan> replan(@PathParam("id") String planId, @QueryParam("seed") Long seed);

    @GET
    @Path("/dose")
    Uni<Pages.DoseReport> dose(@QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/tasks/batch")
    Uni<List<Pages.Task>> tasksByIds(@QueryParam("id") List<String> ids);
}
