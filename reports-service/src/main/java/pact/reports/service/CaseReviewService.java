package pact.reports.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import pact.reports.trigger.CaseReview;

/** Reads the case reviews the Community Trigger opened (they are opened at intake, in ReportService). */
@ApplicationScoped
public class CaseReviewService {
    static final int MAX_LISTED = 500;

    /** The newest case reviews, optionally only those in a status or including a report. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseReview> list(CaseReview.Status status, UUID reportId) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (status != null) {
            where.add("status = :status");
            parameters.and("status", status);
        }
        if (reportId != null) {
            where.add(":report member of reportIds");
            parameters.and("report", reportId);
        }
        Sort newestFirst = Sort.descending("openedAt");
        return (where.isEmpty() ? CaseReview.<CaseReview>findAll(newestFirst)
                : CaseReview.<CaseReview>find(String.join(" and ", where), newestFirst, parameters))
                .page(0, MAX_LISTED).list();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CaseReview> find(UUID id) {
        return CaseReview.findByIdOptional(id);
    }
}
