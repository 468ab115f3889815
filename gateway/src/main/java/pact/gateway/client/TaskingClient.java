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

/** tasking-service's REST API (reached only through {@link Backends.Tasking}). */
@ApplicationScoped
class TaskingClient {
    @Inject
    ServiceConnections services;

    private ServiceHttp http;

    @PostConstruct
    void connect() {
        http = services.to("tasking-service");
    }

    Uni<Pages.OfficerPage> officers(int page, int size, String organisation) {
        return http.get("/api/officers" + query("page", page, "size", size, "organisation", organisation),
                new TypeReference<>() { });
    }

    Uni<Pages.TaskPage> tasks(int page, int size, String status) {
        return http.get("/api/tasks" + query("page", page, "size", size, "status", status), new TypeReference<>() { });
    }

    Uni<Map<String, List<Pages.Task>>> tasksByCell(List<String> cellIds) {
        return http.get("/api/tasks/by-cell" + query("cellId", cellIds), new TypeReference<>() { });
    }

    Uni<Map<String, List<Pages.Task>>> tasksByReport(List<String> reportIds) {
        return http.get("/api/tasks/by-report" + query("reportId", reportIds), new TypeReference<>() { });
    }

    Uni<Map<String, List<Pages.Task>>> tasksByOfficer(List<String> officerIds) {
        return http.get("/api/tasks/by-officer" + query("officerId", officerIds), new TypeReference<>() { });
    }

    Uni<Pages.HotspotTaskingResult> tasksFromHotspots(Inputs.HotspotTasking request) {
        return http.post("/api/tasks/from-hotspots", request, new TypeReference<>() { });
    }

    Uni<Pages.Plan> createPlan(Inputs.NewPlan plan) {
        return http.post("/api/plans", plan, new TypeReference<>() { });
    }

    Uni<Pages.CheckInReceipt> checkIn(String officerId, Inputs.CheckInBatch batch) {
        return http.post("/api/officers/" + segment(officerId) + "/check-ins", batch, new TypeReference<>() { });
    }

    Uni<List<Pages.Availability>> availability(String at, String team) {
        return http.get("/api/availability" + query("at", at, "team", team), new TypeReference<>() { });
    }

    Uni<List<Pages.DutyPeriod>> dutyPeriods(String officerId, String from, String to) {
        return http.get("/api/officers/" + segment(officerId) + "/duty-periods" + query("from", from, "to", to),
                new TypeReference<>() { });
    }

    Uni<Pages.Plan> plan(String id) {
        return http.get("/api/plans/" + segment(id), new TypeReference<>() { });
    }

    Uni<Pages.Plan> changeVisit(String planId, String visitId, Inputs.VisitChange change) {
        return http.put("/api/plans/" + segment(planId) + "/visits/" + segment(visitId), change,
                new TypeReference<>() { });
    }

    Uni<Pages.Plan> replan(String planId, Long seed) {
        return http.post("/api/plans/" + segment(planId) + "/replan" + query("seed", seed), null,
                new TypeReference<>() { });
    }

    Uni<Pages.DoseReport> dose(String from, String to) {
        return http.get("/api/dose" + query("from", from, "to", to), new TypeReference<>() { });
    }

    Uni<List<Pages.Task>> tasksByIds(List<String> ids) {
        return http.get("/api/tasks/batch" + query("id", ids), new TypeReference<>() { });
    }
}
