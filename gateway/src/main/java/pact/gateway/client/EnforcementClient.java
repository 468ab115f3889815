package pact.gateway.client;

import io.smallrye.mutiny.Uni;
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
    Uni<Pages.NoticePage> notices(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("type") String type,
            @HeaderParam(BearerTokenForwarder.ACCESS_REASON) String accessReason);

    @GET
    @Path("/v1/notices/{id}")
    Uni<Pages.Notice> notice(@PathParam("id") String id,
            @HeaderParam(BearerTokenForwarder.ACCESS_REASON) String accessReason);

    @GET
    @Path("/v1/notices/{id}/payments")
    Uni<List<Pages.Payment>> payments(@PathParam("id") String id,
            @HeaderParam(BearerTokenForwarder.ACCESS_REASON) String accessReason);

    @GET
    @Path("/v1/notices/by-report")
    Uni<List<Pages.NoticeGroup>> noticesByReport(@QueryParam("reportId") List<String> reportIds,
            @HeaderParam(BearerTokenForwarder.ACCESS_REASON) String accessReason);

    @GET
    @Path("/v1/notices/by-task")
    Uni<List<Pages.NoticeGroup>> noticesByTask(@QueryParam("taskId") List<String> taskIds,
            @HeaderParam(BearerTokenForwarder.ACCESS_REASON) String accessReason);

    @GET
    @Path("/v1/notices/by-officer")
    Uni<List<Pages.NoticeGroup>> noticesByOfficer(@QueryParam("staffNumber") List<String> staffNumbers,
            @HeaderParam(BearerTokenForwarder.ACCESS_REASON) String accessReason);

    @GET
    @Path("/v1/notices/by-pspo")
    Uni<List<Pages.NoticeGroup>> noticesByPspo(@QueryParam("orderId") List<String> orderIds,
            @HeaderParam(BearerTokenForwarder.ACCESS_REASON) String accessReason);

    @POST
    @Path("/v1/notices")
    Uni<Pages.Notice> issue(Inputs.NewNotice notice, @HeaderParam("Idempotency-Key") String idempotencyKey,
            @HeaderParam(BearerTokenForwarder.ACCESS_REASON) String accessReason);

    @POST
    @Path("/v1/notices/{id}/status")
    Uni<Pages.Notice> changeStatus(@PathParam("id") String noticeId, Inputs.NoticeStatusChange change,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(BearerTokenForwarder.ACCESS_REASON) String accessReason);

    @POST
    @Path("/v1/notices/{id}/payments")
    Uni<Pages.Payment> pay(@PathParam("id") String noticeId, Inputs.Payment payment,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @HeaderParam("If-Match") String ifMatch);

    @GET
    @Path("/v1/pspos")
    Uni<List<Pages.Pspo>> pspos();

    @GET
    @Path("/v1/pspos/{id}")
    Uni<Pages.Pspo> pspo(@PathParam("id") String id);

    @GET
    @Path("/v1/pspos/applicable")
    Uni<List<Pages.PspoMatch>> applicablePspos(@QueryParam("lat") double lat, @QueryParam("lon") double lon,
            @QueryParam("at") String at, @QueryParam("behaviour") String behaviour);
}
