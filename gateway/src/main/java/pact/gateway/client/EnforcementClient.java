package pact.gateway.client;

import static pact.gateway.client.ServiceHttp.query;
import static pact.gateway.client.ServiceHttp.segment;

import com.fasterxml.jackson.core.type.TypeReference;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;


/** enforcement-service's REST API (reached only through {@link Backends.Enforcement}). */
@ApplicationScoped
class EnforcementClient {
    private static final String REASON = BearerTokenForwarder.ACCESS_REASON;

    @Inject
    ServiceConnections services;

    private ServiceHttp http;

    @PostConstruct
    void connect() {
        http = services.to("enforcement-service");
    }

    Uni<Pages.NoticePage> notices(int page, int size, String type, String accessReason) {
        return http.get("/api/notices" + query("page", page, "size", size, "type", type), new TypeReference<>() { },
                REASON, accessReason);
    }

    Uni<Pages.Notice> notice(String id, String accessReason) {
        return http.get("/api/v1/notices/" + segment(id), new TypeReference<>() { }, REASON, accessReason);
    }

    Uni<List<Pages.Payment>> payments(String id, String accessReason) {
        return http.get("/api/v1/notices/" + segment(id) + "/payments", new TypeReference<>() { },
                REASON, accessReason);
    }

    Uni<List<Pages.NoticeGroup>> noticesByReport(List<String> reportIds, String accessReason) {
        return http.get("/api/v1/notices/by-report" + query("reportId", reportIds), new TypeReference<>() { },
                REASON, accessReason);
    }

    Uni<List<Pages.NoticeGroup>> noticesByTask(List<String> taskIds, String accessReason) {
        return http.get("/api/v1/notices/by-task" + query("taskId", taskIds), new TypeReference<>() { },
                REASON, accessReason);
    }

    Uni<List<Pages.NoticeGroup>> noticesByOfficer(List<String> staffNumbers, String accessReason) {
        return http.get("/api/v1/notices/by-officer" + query("staffNumber", staffNumbers), new TypeReference<>() { },
                REASON, accessReason);
    }

    Uni<List<Pages.NoticeGroup>> noticesByPspo(List<String> orderIds, String accessReason) {
        return http.get("/api/v1/notices/by-pspo" + query("orderId", orderIds), new TypeReference<>() { },
                REASON, accessReason);
    }

    Uni<Pages.Notice> issue(Inputs.NewNotice notice, String idempotencyKey, String accessReason) {
        return http.post("/api/v1/notices", notice, new TypeReference<>() { },
                "Idempotency-Key", idempotencyKey, REASON, accessReason);
    }

    Uni<Pages.Notice> changeStatus(String noticeId, Inputs.NoticeStatusChange change, String ifMatch,
            String accessReason) {
        return http.post("/api/v1/notices/" + segment(noticeId) + "/status", change, new TypeReference<>() { },
                "If-Match", ifMatch, REASON, accessReason);
    }

    Uni<Pages.Payment> pay(String noticeId, Inputs.Payment payment, String idempotencyKey, String ifMatch) {
        return http.post("/api/v1/notices/" + segment(noticeId) + "/payments", payment, new TypeReference<>() { },
                "Idempotency-Key", idempotencyKey, "If-Match", ifMatch);
    }

    Uni<List<Pages.Pspo>> pspos() {
        return http.get("/api/v1/pspos", new TypeReference<>() { });
    }

    Uni<Pages.Pspo> pspo(String id) {
        return http.get("/api/v1/pspos/" + segment(id), new TypeReference<>() { });
    }

    Uni<List<Pages.PspoMatch>> applicablePspos(double lat, double lon, String at, String behaviour) {
        return http.get("/api/v1/pspos/applicable" + query("lat", lat, "lon", lon, "at", at, "behaviour", behaviour),
                new TypeReference<>() { });
    }
}
