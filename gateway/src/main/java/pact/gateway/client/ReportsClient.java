package pact.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** reports-service's REST API. */
@RegisterRestClient(configKey = "reports-service")
@RegisterClientHeaders(BearerTokenForwarder.class)
@Path("/api")
public interface ReportsClient {
    @GET
    @Path("/reports")
    Pages.ReportPage list(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("category") String category, @QueryParam("status") String status,
            @QueryParam("ward") String ward, @QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/reports/{id}")
    Pages.Report one(@PathParam("id") String id);

    @GET
    @Path("/reports/bulk")
    List<Pages.Report> byIds(@QueryParam("ids") String commaSeparatedIds);

    @GET
    @Path("/reports/by-cell")
    Map<String, List<Pages.Report>> byCells(@QueryParam("cells") String commaSeparatedCells,
            @QueryParam("limit") int perCell, @QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/hotspots")
    Pages.HotspotMap hotspots(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("category") String category, @QueryParam("method") String method,
            @QueryParam("cellSize") Integer cellSize, @QueryParam("minConfidence") Integer minConfidence,
            @QueryParam("limit") int limit);

    @GET
    @Path("/reports/{id}/history")
    List<Pages.StatusChange> history(@PathParam("id") String id);

    @GET
    @Path("/reports/{id}/updates")
    List<Pages.ReportUpdate> updates(@PathParam("id") String id);

    @GET
    @Path("/reports/{id}/risk")
    Pages.Risk risk(@PathParam("id") String id);

    @GET
    @Path("/hotspots/evaluation")
    Pages.Evaluation evaluation(@QueryParam("trainFrom") String trainFrom, @QueryParam("trainTo") String trainTo,
            @QueryParam("testFrom") String testFrom, @QueryParam("testTo") String testTo,
            @QueryParam("category") String category, @QueryParam("method") String method,
            @QueryParam("cellSize") Integer cellSize);

    @POST
    @Path("/reports")
    Pages.Report create(Inputs.NewReport report);

    @POST
    @Path("/reports/{id}/status")
    Pages.Report changeStatus(@PathParam("id") String id, Inputs.StatusChange change,
            @HeaderParam("If-Match") String ifMatch);

    @GET
    @Path("/case-reviews")
    List<Pages.CaseReview> caseReviews(@QueryParam("status") String status, @QueryParam("reportId") String reportId);
}
