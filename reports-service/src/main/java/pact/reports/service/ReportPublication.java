package pact.reports.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import pact.reports.domain.PublicFeed;
import pact.reports.domain.PublicationChange;
import pact.reports.domain.Report;
import pact.reports.mapping.PublicationUpdate;
import pact.reports.mapping.PublicationView;
import pact.support.problem.ProblemException;

/**
 * Staff publish a report on the public Open311 feed, or withdraw one, with a reason that is
 * recorded; a report the public-feed rule keeps private cannot be published.
 */
@ApplicationScoped
public class ReportPublication {
    final Clock clock = Clock.systemUTC();

    @Transactional
    public PublicationView decide(UUID id, PublicationUpdate update, Long expectedVersion, String user) {
        Report report = Report.<Report>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Report " + id));
        if (expectedVersion != null && expectedVersion != report.version) {
            throw ProblemException.conflict("Report " + id + " has changed (version " + report.version
                    + ", you sent " + expectedVersion + "); read it again and retry");
        }
        Optional<String> never = PublicFeed.neverPublicBecause(report);
        if (update.published() && never.isPresent()) {
            throw ProblemException.ruleRefused(PublicFeed.RULE, "Report " + id + " cannot be published: "
                    + never.get());
        }
        PublicationChange change = new PublicationChange();
        change.reportId = id;
        change.published = update.published();
        change.changedBy = user;
        change.changedAt = Instant.now(clock);
        change.reason = update.reason().strip();
        change.persist();
        report.published = update.published();
        Report.flush();
        return view(report);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PublicationView> find(UUID id) {
        return Report.<Report>findByIdOptional(id).map(this::view);
    }

    private PublicationView view(Report report) {
        return new PublicationView(report.id, report.intakeChannel, report.published, PublicFeed.shows(report),
                PublicFeed.neverPublicBecause(report).orElse(null), report.version,
                PublicationChange.<PublicationChange>list("reportId", Sort.by("changedAt").and("id"), report.id)
                        .stream().map(PublicationView.Decision::of).toList());
    }
}
