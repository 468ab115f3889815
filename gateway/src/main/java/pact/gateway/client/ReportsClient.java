package pact.gateway.client;

import static pact.gateway.client.ServiceHttp.query;
import static pact.gateway.client.ServiceHttp.segment;

import com.fasterxml.jackson.core.type.TypeReference;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** reports-service's REST API (reached only through {@link Backends.Reports}). */
@ApplicationScoped
class ReportsClient {
    private static final String REASON = BearerTokenForwarder.ACCESS_REASON;

    @Inject
    ServiceConnections services;

    private ServiceHttp http;

    @PostConstruct
    void connect() {
        http = services.to("reports-service");
    }

    Uni<Pages.ReportPage> list(int page, int size, String category, String status, String ward, String from,
            String to, String accessReason) {
        return http.get("/api/reports" + query("page", page, "size", size, "category", category, "status", status,
                "ward", ward, "from", from, "to", to), new TypeReference<>() { }, REASON, accessReason);
    }

    Uni<Pages.Report> one(String id, String accessReason) {
        return http.get("/api/reports/" + segment(id), new TypeReference<>() { }, REASON, accessReason);
    }

    Uni<List<Pages.Report>> byIds(String commaSeparatedIds, String accessReason) {
        return http.get("/api/reports/bulk" + query("ids", commaSeparatedIds), new TypeReference<>() { },
                REASON, accessReason);
    }

    Uni<Map<String, List<Pages.Report>>> byCells(String commaSeparatedCells, int perCell, String from, String to,
            String accessReason) {
        return http.get("/api/reports/by-cell" + query("cells", commaSeparatedCells, "limit", perCell, "from", from,
                "to", to), new TypeReference<>() { }, REASON, accessReason);
    }

    Uni<Pages.HotspotMap> hotspots(String from, String to, String category, String method, Integer cellSize,
            Integer minConfidence, int limit) {
        return http.get("/api/hotspots" + query("from", from, "to", to, "category", category, "method", method,
                "cellSize", cellSize, "minConfidence", minConfidence, "limit", limit), new TypeReference<>() { });
    }

    Uni<List<Pages.StatusChange>> history(String id) {
        return http.get("/api/reports/" + segment(id) + "/history", new TypeReference<>() { });
    }

    Uni<List<Pages.ReportUpdate>> updates(String id) {
        return http.get("/api/reports/" + segment(id) + "/updates", new TypeReference<>() { });
    }

    Uni<Pages.Risk> risk(String id) {
        return http.get("/api/reports/" + segment(id) + "/risk", new TypeReference<>() { });
    }

    Uni<Pages.Evaluation> evaluation(String trainFrom, String trainTo, String testFrom, String testTo,
            String category, String method, Integer cellSize) {
        return http.get("/api/hotspots/evaluation" + query("trainFrom", trainFrom, "trainTo", trainTo,
                "testFrom", testFrom, "testTo", testTo, "category", category, "method", method,
                "cellSize", cellSize), new TypeReference<>() { });
    }

    Uni<Pages.Report> create(Inputs.NewReport report, String accessReason) {
        return http.post("/api/reports", report, new TypeReference<>() { }, REASON, accessReason);
    }

    Uni<Pages.Report> changeStatus(String id, Inputs.StatusChange change, String ifMatch, String accessReason) {
        return http.post("/api/reports/" + segment(id) + "/status", change, new TypeReference<>() { },
                "If-Match", ifMatch, REASON, accessReason);
    }

    Uni<List<Pages.CaseReview>> caseReviews(String status, String reportId) {
        return http.get("/api/case-reviews" + query("status", status, "reportId", reportId),
                new TypeReference<>() { });
    }
}
