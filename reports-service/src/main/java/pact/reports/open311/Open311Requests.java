package pact.reports.open311;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
    /** Ids one GET may name: as many as one answer holds (FixMyStreet asks for all its open reports at once). */
    static final int MAX_IDS = MAX_RESULTS;

    /** The filters of GET requests. */
    public record Query(List<UUID> ids, String serviceCode, Instant start, Instant end, String status) {
    }

    /**
     * Rule public-feed as a query condition on a report aliased {@code r}, with
     * {@link #publicFeedParameters()}. It narrows what a query reads; {@link PublicFeed#shows} has the
     * last word on every report it finds.
     */
    static final String PUBLIC_FEED = "(r.published = true or (r.published is null and r.intakeChannel = :open311))"
            + " and r.qualifier <> :personal and r.category <> :hate and r.victimKey is null"
            + " and r.victimName is null and r.vulnerabilityFlags = :noFlags";

    static Parameters publicFeedParameters() {
        return Parameters.with("open311", IntakeChannel.OPEN311).and("personal", Qualifier.PERSONAL)
                .and("hate", AsbCategory.HATE_RELATED).and("noFlags", EnumSet.noneOf(VulnerabilityFlag.class));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Map<String, Object>> find(Query query) {
        StringBuilder where = new StringBuilder(PUBLIC_FEED);
        Parameters params = publicFeedParameters();
        if (query.ids() != null && !query.ids().isEmpty()) {
            where.append(" and r.id in :ids");
            params.and("ids", query.ids());
        } else {
            Instant end = query.end() != null ? query.end() : Instant.now();
            Instant start = query.start() != null ? query.start() : end.minus(DEFAULT_WINDOW);
            where.append(" and r.reportedAt >= :start and r.reportedAt <= :end");
            params.and("start", start).and("end", end);
        }
        if (query.serviceCode() != null) {
            where.append(" and r.category = :category");
            params.and("category", Open311Services.byCode(query.serviceCode()).orElseThrow().category());
        }
        if (query.status() != null) {
            where.append(" and r.status in :statuses");
            params.and("statuses", Arrays.stream(ReportStatus.values())
                    .filter(s -> Open311Status.ofRequest(s).equals(query.status())).toList());
        }
        List<Report> reports = Report.<Report>find("from Report r where " + where + " order by r.reportedAt desc",
                params).page(0, MAX_RESULTS).list();
        List<Map<String, Object>> requests = new ArrayList<>();
        for (Report report : reports) {
            if (PublicFeed.shows(report)) {
                requests.add(request(report));
            }
        }
        return requests;
    }

    /** A time as W3C date-time to the second, in UTC ({@code 2026-12-02T10:33:00Z}), as FixMyStreet sends its own. */
    static String dateTime(Instant time) {
        return time.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static Map<String, Object> request(Report report) {
        Open311Services.Service service = Open311Services.byCategory(report.category).orElse(null);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service_request_id", report.id.toString());
        request.put("status", Open311Status.ofRequest(report.status));
        request.put("status_notes", Open311Status.notes(report.status));
        request.put("service_name", service == null ? "Anti-social behaviour" : service.name());
        request.put("service_code", service == null ? null : service.code());
        request.put("description", report.description);
        request.put("agency_responsible", "Westminster PACT (City of Westminster and Metropolitan Police)");
        request.put("service_notice", null);
        request.put("requested_datetime", dateTime(report.reportedAt));
        // the latest change, which FixMyStreet compares with the last one it saw
        request.put("updated_datetime", dateTime(report.updatedAt != null ? report.updatedAt : report.reportedAt));
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
