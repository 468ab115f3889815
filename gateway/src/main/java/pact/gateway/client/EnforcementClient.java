package pact.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** enforcement-service's REST API. */
@RegisterRestClient(configKey = "enforcement-service")
@RegisterClientHeaders(BearerTokenForwarder.class)
@Path("/api")
public interface EnforcementClient {
    @GET
    @Path("/notices")
    Pages.NoticePage notices(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("type") String type);

    @GET
    @Path("/v1/notices/{id}")
    Pages.Notice notice(@PathParam("id") String id);

    @GET
    @Path("/v1/notices/{id}/payments")
    List<Pages.Payment> payments(@PathParam("id") String id);

    @GET
    @Path("/v1/notices/by-report")
    List<Pages.NoticeGroup> noticesByReport(@QueryParam("reportId") List<String> reportIds);

    @GET
    @Path("/v1/notices/by-task")
    List<Pages.NoticeGroup> noticesByTask(@QueryParam("taskId") List<String> taskIds);

    @GET
    @Path("/v1/notices/by-officer")
    List<Pages.NoticeGroup> noticesByOfficer(@QueryParam("staffNumber") List<String> staffNumbers);

    @GET
    @Path("/v1/notices/by-pspo")
    List<Pages.NoticeGroup> noticesByPspo(@QueryParam("orderId") List<String> orderIds);

    @POST
    @Path("/v1/notices")
    Pages.Notice issue(Inputs.NewNotice notice, @HeaderParam("Idempotency-Key") String idempotencyKey);

    @POST
    @Path("/v1/notices/{id}/status")
    Pages.Notice changeStatus(@PathParam("id") String noticeId, Inputs.NoticeStatusChange change,
            @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/v1/notices/{id}/payments")
    Pages.Payment pay(@PathParam("id") String noticeId, Inputs.Payment payment,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @HeaderParam("If-Match") String ifMatch);

    @GET
    @Path("/v1/pspos")
    List<Pages.Pspo> pspos();

    @GET
    @Path("/v1/pspos/{id}")
    Pages.Pspo pspo(@PathParam("id") String id);

    @GET
    @Path("/v1/pspos/applicable")
    List<Pages.PspoMatch> applicablePspos(@QueryParam("lat") double lat, @QueryParam("lon") double lon,
            @QueryParam("at") String at, @QueryParam("behaviour") String behaviour);
}
