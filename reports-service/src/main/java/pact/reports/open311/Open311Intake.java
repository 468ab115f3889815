package pact.reports.open311;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import pact.reports.domain.IntakeChannel;
import pact.reports.domain.Report;
import pact.reports.mapping.NewReport;
import pact.reports.service.ReportService;

/**
 * Takes a report in through Open311 once. A client that sends a report again (FixMyStreet does
 * after a timeout) with the same id of its own gets the first report's id back, and nothing new is
 * stored: the report's unique {@code sourceReference} carries the client's id.
 */
@ApplicationScoped
public class Open311Intake {

    @Inject
    ReportService reports;

    /** The report's id, and whether this call stored it (false: a re-send of an earlier one). */
    public record Taken(UUID id, boolean isNew) {
    }

    public Taken take(NewReport report, String client) {
        Optional<UUID> earlier = earlier(report.sourceReference());
        if (earlier.isPresent()) {
            return new Taken(earlier.get(), false);
        }
        try {
            return new Taken(reports.create(report, "open311:" + client, IntakeChannel.OPEN311).id(), true);
        } catch (RuntimeException e) {
            // a re-send that raced the first: the unique source reference let only one through
            return earlier(report.sourceReference()).map(id -> new Taken(id, false)).orElseThrow(() -> e);
        }
    }

    private static Optional<UUID> earlier(String sourceReference) {
        if (sourceReference == null) {
            return Optional.empty();
        }
        return Report.<Report>find("sourceReference", sourceReference).firstResultOptional().map(r -> r.id);
    }
}
