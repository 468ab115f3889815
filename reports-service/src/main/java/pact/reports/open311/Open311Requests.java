package pact.reports.open311;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.EnumSet;
import pact.reports.domain.AsbCategory;
import pact.reports.domain.IntakeChannel;
import pact.reports.domain.PublicFeed;
import pact.reports.domain.Qualifier;
import pact.reports.domain.Report;
import pact.reports.domain.VulnerabilityFlag;
import pact.reports.domain.ReportStatus;

/**
 * The public's view of reports: those the public-feed rule shows (made through Open311, or
 * published by staff; never about a targeted or vulnerable person, never hate-related), and
 * never anyone's personal data.
 */
@ApplicationScoped
public class Open311Requests {
    static final int MAX_RESULTS = 1000;
    static final Duration DEFAULT_WINDOW = Duration.ofDays(90);

    /** The filters of GET requests. */
    public record Query(List<UUID> ids, String serviceCode, Instant start, Instant end, String status) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Map<String, Object>> find(Query query) {
        // The query narrows to what the public-feed rule can show; PublicFeed.shows has the last word below.
        StringBuilder where = new StringBuilder("(published = true or (published is null and intakeChannel = :open311))"
                + " and qualifier <> :personal and category <> :hate and victimKey is null and victimName is null"
                + " and vulnerabilityFlags = :noFlags");
        Parameters params = Parameters.with("open311", IntakeChannel.OPEN311).and("personal", Qualifier.PERSONAL)
                .and("hate", AsbCategory.HATE_RELATED).and("noFlags", EnumSet.noneOf(VulnerabilityFlag.class));
        if (query.ids() != null && !query.ids().isEmpty()) {
            where.append(" and id in :ids");
            params.and("ids", query.ids());
        } else {
            Instant end = query.end() != null ? query.end() : Instant.now();
            Instant start = query.start() != null ? query.start() : end.minus(DEFAULT_WINDOW);
            where.append(" and reportedAt >= :start and reportedAt <= :end");
            params.and("start", start).and("end", end);
        }
        if (query.serviceCode() != null) {
            where.append(" and category = :category");
            params.and("category", Open311Services.byCode(query.serviceCode()).orElseThrow().category());
        }
        if (query.status() != null) {
            where.append(" and status in :statuses");
            params.and("statuses", java.util.Arrays.stream(ReportStatus.values())
                    .filter(s -> Open311Services.status(s).equals(query.status())).toList());
        }
        List<Report> reports = Report.find(where.toString(), Sort.descending("reportedAt"), params)
                .page(0, MAX_RESULTS).list();
        List<Map<String, Object>> requests = new ArrayList<>();
        for (Report report : reports) {
            if (PublicFeed.shows(report)) {
                requests.add(request(report));
            }
        }
        return requests;
    }

    static Map<String, Object> request(Report report) {
        Open311Services.Service service = Open311Services.byCategory(report.category).orElse(null);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service_request_id", report.id.toString());
        request.put("status", Open311Services.status(report.status));
        request.put("status_notes", Open311Services.statusNotes(report.status));
        request.put("service_name", service == null ? "Anti-social behaviour" : service.name());
        request.put("service_code", service == null ? null : service.code());
        request.put("description", report.description);
        request.put("agency_responsible", "Westminster PACT (City of Westminster and Metropolitan Police)");
        request.put("service_notice", null);
        request.put("requested_datetime", report.reportedAt.toString());
        request.put("updated_datetime", report.reportedAt.toString());
        request.put("expected_datetime", null);
        request.put("address", report.address);
        request.put("address_id", null);
        request.put("zipcode", null);
        request.put("lat", report.latitude);
        request.put("long", report.longitude);
        request.put("media_url", null);
        return request;
    }
}
