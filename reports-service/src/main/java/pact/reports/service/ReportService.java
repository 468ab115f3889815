package pact.reports.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import pact.reports.domain.AsbCategory;
import pact.reports.domain.Report;
import pact.reports.domain.ReportSource;
import pact.reports.domain.ReportStatus;
import pact.reports.mapping.NewReport;
import pact.reports.mapping.ReportView;
import pact.support.paging.PageRequest;
import pact.support.paging.PageResponse;
import pact.support.problem.ProblemException;

/** Takes reports in and lists them; owns the transactions. */
@ApplicationScoped
public class ReportService {
    static final Set<String> SORTABLE = Set.of("occurredAt", "reportedAt", "category", "status");

    final Clock clock;

    public ReportService() {
        this(Clock.systemUTC());
    }

    ReportService(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public ReportView create(NewReport input, String user) {
        if (input.sourceReference() != null
                && Report.count("sourceReference", input.sourceReference()) > 0) {
            throw ProblemException.conflict("A report with sourceReference '" + input.sourceReference()
                    + "' already exists");
        }
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.qualifier = input.qualifier();
        report.category = input.category();
        report.description = input.description().strip();
        report.latitude = input.location().lat();
        report.longitude = input.location().lon();
        report.occurredAt = input.occurredAt().toInstant();
        report.reportedAt = Instant.now(clock);
        report.source = input.source();
        report.sourceReference = input.sourceReference();
        report.status = ReportStatus.NEW;
        report.createdBy = user;
        report.persist();
        return ReportView.of(report);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReportView> find(UUID id) {
        return Report.<Report>findByIdOptional(id).map(ReportView::of);
    }

    /** Lists reports; {@code onlyCreatedBy} restricts a partner to the reports it sent. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<ReportView> list(ReportFilter filter, PageRequest paging, String onlyCreatedBy) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.category() != null) {
            where.append(" and category = :category");
            params.and("category", filter.category());
        }
        if (filter.source() != null) {
            where.append(" and source = :source");
            params.and("source", filter.source());
        }
        if (filter.from() != null) {
            where.append(" and occurredAt >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and occurredAt < :to");
            params.and("to", filter.to());
        }
        if (onlyCreatedBy != null) {
            where.append(" and createdBy = :createdBy");
            params.and("createdBy", onlyCreatedBy);
        }
        Sort sort = paging.sort(SORTABLE, "occurredAt", Sort.Direction.Descending);
        PanacheQuery<Report> query = Report.find(where.toString(), sort, params);
        return PageResponse.of(query, paging, ReportView::of);
    }

    /** The list filters a caller may combine. */
    public record ReportFilter(AsbCategory category, ReportSource source, Instant from, Instant to) {
    }
}
