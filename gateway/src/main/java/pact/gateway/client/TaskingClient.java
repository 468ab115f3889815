package pact.gateway.client;

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
    Pages.OfficerPage officers(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("organisation") String organisation);

    @GET
    @Path("/tasks")
    Pages.TaskPage tasks(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("status") String status);

    @GET
    @Path("/tasks/by-cell")
    Map<String, List<Pages.Task>> tasksByCell(@QueryParam("cellId") List<String> cellIds);

    @GET
    @Path("/tasks/by-report")
    Map<String, List<Pages.Task>> tasksByReport(@QueryParam("reportId") List<String> reportIds);

    @GET
    @Path("/tasks/by-officer")
    Map<String, List<Pages.Task>> tasksByOfficer(@QueryParam("officerId") List<String> officerIds);

    @POST
    @Path("/tasks/from-hotspots")
    Pages.HotspotTaskingResult tasksFromHotspots(Inputs.HotspotTasking request);

    @POST
    @Path("/plans")
    Pages.Plan createPlan(Inputs.NewPlan plan);

    @POST
    @Path("/officers/{id}/check-ins")
    Pages.CheckInReceipt checkIn(@PathParam("id") String officerId, Inputs.CheckInBatch batch);

    @GET
    @Path("/availability")
    List<Pages.Availability> availability(@QueryParam("at") String at, @QueryParam("team") String team);

    @GET
    @Path("/officers/{id}/duty-periods")
    List<Pages.DutyPeriod> dutyPeriods(@PathParam("id") String officerId, @QueryParam("from") String from,
            @QueryParam("to") String to);

    @GET
    @Path("/plans/{id}")
    Pages.Plan plan(@PathParam("id") String id);

    @PUT
    @Path("/plans/{id}/visits/{visitId}")
    Pages.Plan changeVisit(@PathParam("id") String planId, @PathParam("visitId") String visitId,
            Inputs.VisitChange change);

    @POST
    @Path("/plans/{id}/replan")
    Pages.Plan replan(@PathParam("id") String planId, @QueryParam("seed") Long seed);

    @GET
    @Path("/dose")
    Pages.DoseReport dose(@QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/tasks/batch")
    List<Pages.Task> tasksByIds(@QueryParam("id") List<String> ids);
}
