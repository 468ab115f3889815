package pact.gateway.client;

import io.smallrye.mutiny.Uni;
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
    Uni<Pages.ReportPage> list(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("category") String category, @QueryParam("status") String status,
            @QueryParam("ward") String ward, @QueryParam("from") String from, @QueryParam("to") String to,
            @HeaderParam(BearerTokenForwarder.ACCESS_REASON) String accessReason);

    @GET
    @Path("/reports/{id}")
    Uni<Pages.Report> one(@PathParam("id") String id,
            @HeaderParam(BearerTokenForwarder.ACCESS_REASON) String accessReason);

    @GET
    @Path("/reports/bulk")
    Uni<List<Pages.Report>> byIds(@QueryParam("ids") String commaSeparatedIds,
            @HeaderParam(BearerTokenForwarder.ACCESS_REASON) String accessReason);

    @GET
    @Path("/reports/by-cell")
    Uni<Map<String, List<Pages.Report>>> byCells(@QueryParam("cells") String commaSeparatedCells,
            @QueryParam("limit") int perCell, @QueryParam("from") String from, @QueryParam("to") String to,
            @HeaderParam(BearerTokenForwarder.ACCESS_REASON) String accessReason);

    @GET
    @Path("/hotspots")
    Uni<Pages.HotspotMap> hotspots(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("category") String category, @QueryParam("method") String method,
            @QueryParam("cellSize") Integer cellSize, @QueryParam("minConfidence") Integer minConfidence,
            @QueryParam("limit") int limit);

    @GET
    @Path("/reports/{id}/history")
    Uni<List<Pages.StatusChange>> history(@PathParam("id") String id);

    @GET
    @Path("/reports/{id}/updates")
    Uni<List<Pages.ReportUpdate>> updates(@PathParam("id") String id);

    @GET
    @Path("/reports/{id}/risk")
    Uni<Pages.Risk> risk(@PathParam("id") String id);

    @GET
    @Path("/hotspots/evaluation")
    Uni<Pages.Evaluation> evaluation(@QueryParam("trainFrom") String trainFrom, @QueryParam("trainTo") String trainTo,
            @QueryParam("testFrom") String testFrom, @QueryParam("testTo") String testTo,
            @QueryParam("category") String category, @QueryParam("method") String method,
            @QueryParam("cellSize") Integer cellSize);

    @POST
    @Path("/reports")
    Uni<Pages.Report> create(Inputs.NewReport report,
            @HeaderParam(BearerTokenForwarder.ACCESS_REASON) String accessReason);

    @POST
    @Path("/reports/{id}/status")
    Uni<Pages.Report> changeStatus(@PathParam("id") String id, Inputs.StatusChange change,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(BearerTokenForwarder.ACCESS_REASON) String accessReason);

    @GET
    @Path("/case-reviews")
    Uni<List<Pages.CaseReview>> caseReviews(@QueryParam("status") String status, @QueryParam("reportId") String reportId);
}
