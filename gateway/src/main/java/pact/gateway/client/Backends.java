package pact.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Every backend call goes through here: a timeout so that a slow service never hangs a
 * query, retries for the reads that failed on the way, and a circuit breaker per service so
 * that a service that is down is not hammered. A service's own refusal (4xx) is neither
 * retried nor counted against it. Each attempt counts against the request's
 * {@link BackendCallBudget}, which is neither retried nor held against the service.
 */
public final class Backends {
    private Backends() {
    }

    /**
     * Counts the call against the request's budget, starts it without blocking, and names the service in
     * whatever goes wrong.
     */
    static <T> Uni<T> guarded(BackendCallBudget budget, String service, Supplier<Uni<T>> call) {
        try {
            budget.spend(service);
        } catch (BackendCallBudget.TooManyBackendCalls e) {
            return Uni.createFrom().failure(e);
        }
        try {
            return call.get().onFailure().transform(e -> BackendFailure.of(service, e));
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(BackendFailure.of(service, e));
        }
    }

    /** reports-service, guarded. */
    @ApplicationScoped
    @AsynchronousNonBlocking
    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 50,
            abortOn = {BackendFailure.Refused.class, BackendCallBudget.TooManyBackendCalls.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 1,
            skipOn = {BackendFailure.Refused.class, BackendCallBudget.TooManyBackendCalls.class})
    public static class Reports {
        public static final String NAME = "reports-service";

        @Inject
        ReportsClient client;

        @Inject
        BackendCallBudget budget;

        public Uni<Pages.ReportPage> list(int page, int size, String category, String status, String ward, String from,
                String to, String accessReason) {
            return guarded(budget, NAME, () -> client.list(page, size, category, status, ward, from, to, accessReason));
        }

        public Uni<Pages.Report> one(String id, String accessReason) {
            return guarded(budget, NAME, () -> client.one(id, accessReason));
        }

        public Uni<List<Pages.Report>> byIds(String ids, String accessReason) {
            return guarded(budget, NAME, () -> client.byIds(ids, accessReason));
        }

        public Uni<Map<String, List<Pages.Report>>> byCells(String cells, int perCell, String from, String to, String accessReason) {
            return guarded(budget, NAME, () -> client.byCells(cells, perCell, from, to, accessReason));
        }

        public Uni<Pages.HotspotMap> hotspots(String from, String to, String category, String method, Integer cellSize,
                Integer minConfidence, int limit) {
            return guarded(budget, NAME, () -> client.hotspots(from, to, category, method, cellSize, minConfidence, limit));
        }

        public Uni<List<Pages.StatusChange>> history(String id) {
            return guarded(budget, NAME, () -> client.history(id));
        }

        public Uni<List<Pages.ReportUpdate>> updates(String id) {
            return guarded(budget, NAME, () -> client.updates(id));
        }

        public Uni<Pages.Risk> risk(String id) {
            return guarded(budget, NAME, () -> client.risk(id));
        }

        public Uni<Pages.Evaluation> evaluation(String trainFrom, String trainTo, String testFrom, String testTo,
                String category, String method, Integer cellSize) {
            return guarded(budget, NAME, () -> client.evaluation(trainFrom, trainTo, testFrom, testTo, category, method,
                    cellSize));
        }

        /** Not retried: a retry after a lost answer could store the report twice. */
        @Retry(maxRetries = 0)
        public Uni<Pages.Report> create(Inputs.NewReport report, String accessReason) {
            return guarded(budget, NAME, () -> client.create(report, accessReason));
        }

        @Retry(maxRetries = 0)
        public Uni<Pages.Report> changeStatus(String id, Inputs.StatusChange change, Long expectedVersion, String accessReason) {
            return guarded(budget, NAME, () -> client.changeStatus(id, change,
                    expectedVersion == null ? null : "\"" + expectedVersion + "\"", accessReason));
        }

        public Uni<List<Pages.CaseReview>> caseReviews(String status, String reportId) {
            return guarded(budget, NAME, () -> client.caseReviews(status, reportId));
        }
    }

    /** tasking-service, guarded. */
    @ApplicationScoped
    @AsynchronousNonBlocking
    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 50,
            abortOn = {BackendFailure.Refused.class, BackendCallBudget.TooManyBackendCalls.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 1,
            skipOn = {BackendFailure.Refused.class, BackendCallBudget.TooManyBackendCalls.class})
    public static class Tasking {
        public static final String NAME = "tasking-service";

        @Inject
        TaskingClient client;

        @Inject
        BackendCallBudget budget;

        public Uni<Pages.OfficerPage> officers(int page, int size, String organisation) {
            return guarded(budget, NAME, () -> client.officers(page, size, organisation));
        }

        public Uni<Pages.TaskPage> tasks(int page, int size, String status) {
            return guarded(budget, NAME, () -> client.tasks(page, size, status));
        }

        public Uni<Map<String, List<Pages.Task>>> byCells(List<String> cells) {
            return guarded(budget, NAME, () -> client.tasksByCell(cells));
        }

        public Uni<Map<String, List<Pages.Task>>> byReports(List<String> reports) {
            return guarded(budget, NAME, () -> client.tasksByReport(reports));
        }

        public Uni<Map<String, List<Pages.Task>>> byOfficers(List<String> officers) {
            return guarded(budget, NAME, () -> client.tasksByOfficer(officers));
        }

        public Uni<List<Pages.Availability>> availability(String at, String team) {
            return guarded(budget, NAME, () -> client.availability(at, team));
        }

        public Uni<List<Pages.DutyPeriod>> dutyPeriods(String officerId, String from, String to) {
            return guarded(budget, NAME, () -> client.dutyPeriods(officerId, from, to));
        }

        public Uni<Pages.Plan> plan(String id) {
            return guarded(budget, NAME, () -> client.plan(id));
        }

        /** Not retried: the change is the coordinator's decision, made once. */
        @Retry(maxRetries = 0)
        public Uni<Pages.Plan> changeVisit(String planId, String visitId, Inputs.VisitChange change) {
            return guarded(budget, NAME, () -> client.changeVisit(planId, visitId, change));
        }

        @Retry(maxRetries = 0)
        public Uni<Pages.Plan> replan(String planId, Long seed) {
            return guarded(budget, NAME, () -> client.replan(planId, seed));
        }

        public Uni<Pages.DoseReport> dose(String from, String to) {
            return guarded(budget, NAME, () -> client.dose(from, to));
        }

        public Uni<List<Pages.Task>> tasksByIds(List<String> ids) {
            return guarded(budget, NAME, () -> client.tasksByIds(ids));
        }

        /** Not retried: tasking creates the tasks in one transaction, and a lost answer may mean it did. */
        @Retry(maxRetries = 0)
        public Uni<Pages.HotspotTaskingResult> tasksFromHotspots(Inputs.HotspotTasking request) {
            return guarded(budget, NAME, () -> client.tasksFromHotspots(request));
        }

        /** Not retried: a second plan for the same period is refused, so a retry would only hide the first. */
        @Retry(maxRetries = 0)
        public Uni<Pages.Plan> createPlan(Inputs.NewPlan plan) {
            return guarded(budget, NAME, () -> client.createPlan(plan));
        }

        /** Not retried here: the device resends the whole batch, and tasking counts a resent check-in once. */
        @Retry(maxRetries = 0)
        public Uni<Pages.CheckInReceipt> checkIn(String officerId, Inputs.CheckInBatch batch) {
            return guarded(budget, NAME, () -> client.checkIn(officerId, batch));
        }
    }

    /** enforcement-service, guarded. */
    @ApplicationScoped
    @AsynchronousNonBlocking
    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 50,
            abortOn = {BackendFailure.Refused.class, BackendCallBudget.TooManyBackendCalls.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 1,
            skipOn = {BackendFailure.Refused.class, BackendCallBudget.TooManyBackendCalls.class})
    public static class Enforcement {
        public static final String NAME = "enforcement-service";

        @Inject
        EnforcementClient client;

        @Inject
        BackendCallBudget budget;

        public Uni<Pages.NoticePage> notices(int page, int size, String type, String accessReason) {
            return guarded(budget, NAME, () -> client.notices(page, size, type, accessReason));
        }

        public Uni<Pages.Notice> notice(String id, String accessReason) {
            return guarded(budget, NAME, () -> client.notice(id, accessReason));
        }

        public Uni<List<Pages.Payment>> payments(String noticeId, String accessReason) {
            return guarded(budget, NAME, () -> client.payments(noticeId, accessReason));
        }

        public Uni<List<Pages.NoticeGroup>> byReports(List<String> reports, String accessReason) {
            return guarded(budget, NAME, () -> client.noticesByReport(reports, accessReason));
        }

        public Uni<List<Pages.NoticeGroup>> byTasks(List<String> tasks, String accessReason) {
            return guarded(budget, NAME, () -> client.noticesByTask(tasks, accessReason));
        }

        public Uni<List<Pages.NoticeGroup>> byOfficers(List<String> staffNumbers, String accessReason) {
            return guarded(budget, NAME, () -> client.noticesByOfficer(staffNumbers, accessReason));
        }

        public Uni<List<Pages.NoticeGroup>> byPspos(List<String> orderIds, String accessReason) {
            return guarded(budget, NAME, () -> client.noticesByPspo(orderIds, accessReason));
        }

        public Uni<List<Pages.Pspo>> pspos() {
            return guarded(budget, NAME, () -> client.pspos());
        }

        public Uni<Pages.Pspo> pspo(String id) {
            return guarded(budget, NAME, () -> client.pspo(id));
        }

        public Uni<List<Pages.PspoMatch>> applicablePspos(double lat, double lon, String at, String behaviour) {
            return guarded(budget, NAME, () -> client.applicablePspos(lat, lon, at, behaviour));
        }

        /** Not retried by the gateway: the client repeats the mutation with the same key and gets the same notice. */
        @Retry(maxRetries = 0)
        public Uni<Pages.Notice> issue(Inputs.NewNotice notice, String idempotencyKey, String accessReason) {
            return guarded(budget, NAME, () -> client.issue(notice, idempotencyKey, accessReason));
        }

        /** Not retried: a state change is a decision recorded once; If-Match guards against lost updates. */
        @Retry(maxRetries = 0)
        public Uni<Pages.Notice> changeStatus(String noticeId, Inputs.NoticeStatusChange change, Long expectedVersion, String accessReason) {
            return guarded(budget, NAME, () -> client.changeStatus(noticeId, change,
                    expectedVersion == null ? null : "\"" + expectedVersion + "\"", accessReason));
        }

        @Retry(maxRetries = 0)
        public Uni<Pages.Payment> pay(String noticeId, Inputs.Payment payment, String idempotencyKey,
                Long expectedVersion) {
            return guarded(budget, NAME, () -> client.pay(noticeId, payment, idempotencyKey,
                    expectedVersion == null ? null : "\"" + expectedVersion + "\""));
        }
    }
}
