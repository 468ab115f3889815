package pact.reports.trigger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import pact.reports.domain.AsbCategory;
import pact.reports.domain.Report;

/**
 * Detects, at intake, when a victim or a place meets the Community Trigger threshold, and opens
 * a case review with its due dates, or adds the report to the review already open. Complaints
 * count across every channel (council, police, housing, public), which PACT alone sees whole.
 */
@ApplicationScoped
public class CommunityTrigger {
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    TriggerPolicy policy;

    final WorkingDays workingDays = WorkingDays.englandAndWales();

    /** Runs inside the intake transaction, after the report is stored. */
    public Optional<CaseReview> check(Report report, Instant now) {
        Instant windowStart = ZonedDateTime.ofInstant(now, LONDON).minusMonths(policy.windowMonths()).toInstant();
        if (report.category == AsbCategory.HATE_RELATED) {
            long hate = report.victimKey == null ? 1 : Report.count("victimKey = ?1 and category = ?2 and reportedAt >= ?3",
                    report.victimKey, AsbCategory.HATE_RELATED, windowStart);
            if (hate >= policy.hateIncidents()) {
                return Optional.of(openOrJoin(CaseReview.Kind.HATE_INCIDENT, report, List.of(report.id), now,
                        "A hate incident was reported: Westminster reviews every one"));
            }
        }
        if (report.victimKey != null) {
            List<Report> complaints = Report.list("victimKey = ?1 and reportedAt >= ?2", report.victimKey,
                    windowStart);
            List<Report> qualifying = complaints.stream().filter(this::qualifies).toList();
            if (qualifying.size() >= policy.complaints()) {
                return Optional.of(openOrJoin(CaseReview.Kind.VICTIM, report,
                        qualifying.stream().map(r -> r.id).toList(), now,
                        qualifying.size() + " qualifying complaints by the same victim in " + policy.windowMonths()
                                + " months, each made within " + policy.reportedWithinMonths()
                                + " month of the behaviour"));
            }
        }
        if (report.easting != null && report.reporterKey != null) {
            double r = policy.locationRadiusMetres();
            List<Report> nearby = Report.list("reportedAt >= ?1 and reporterKey is not null and easting between ?2 and ?3 "
                    + "and northing between ?4 and ?5", windowStart, report.easting - r, report.easting + r,
                    report.northing - r, report.northing + r);
            List<Report> within = nearby.stream()
                    .filter(o -> Math.hypot(o.easting - report.easting, o.northing - report.northing) <= r).toList();
            Set<String> reporters = within.stream().map(o -> o.reporterKey).collect(Collectors.toSet());
            if (reporters.size() >= policy.reportersAtLocation()) {
                return Optional.of(openOrJoin(CaseReview.Kind.LOCATION, report,
                        within.stream().map(o -> o.id).toList(), now,
                        reporters.size() + " different people reported ASB within " + Math.round(r) + " m of "
                                + (report.address != null ? report.address : "this place") + " in "
                                + policy.windowMonths() + " months"));
            }
        }
        return Optional.empty();
    }

    /** A complaint made within the allowed time of the behaviour it reports. */
    boolean qualifies(Report complaint) {
        return !ZonedDateTime.ofInstant(complaint.occurredAt, LONDON).plusMonths(policy.reportedWithinMonths())
                .toInstant().isBefore(complaint.reportedAt);
    }

    private CaseReview openOrJoin(CaseReview.Kind kind, Report report, List<UUID> reports, Instant now,
            String explanation) {
        Optional<CaseReview> open = switch (kind) {
            case VICTIM -> CaseReview.<CaseReview>find("kind = ?1 and victimKey = ?2 and status <> ?3", kind,
                    report.victimKey, CaseReview.Status.CLOSED).firstResultOptional();
            case LOCATION, HATE_INCIDENT -> CaseReview.<CaseReview>find("kind = ?1 and status <> ?2", kind,
                    CaseReview.Status.CLOSED).stream()
                    .filter(c -> c.easting != null && report.easting != null
                            && Math.hypot(c.easting - report.easting, c.northing - report.northing)
                                    <= policy.locationRadiusMetres()
                            && (kind == CaseReview.Kind.LOCATION || java.util.Objects.equals(c.victimKey,
                                    report.victimKey)))
                    .findFirst();
        };
        if (open.isPresent()) {
            open.get().reportIds.addAll(reports);
            return open.get();
        }
        CaseReview review = new CaseReview();
        review.id = UUID.randomUUID();
        review.kind = kind;
        review.victimKey = report.victimKey;
        review.easting = report.easting;
        review.northing = report.northing;
        review.wardName = report.wardName;
        review.explanation = explanation;
        review.status = CaseReview.Status.OPEN;
        review.openedAt = now;
        LocalDate opened = now.atZone(LONDON).toLocalDate();
        review.acknowledgeBy = workingDays.plus(opened, policy.acknowledgeWorkingDays());
        review.panelBy = workingDays.plus(opened, policy.panelWorkingDays());
        review.outcomeBy = workingDays.plus(opened, policy.outcomeWorkingDays());
        review.reportIds.addAll(reports);
        review.persist();
        return review;
    }
}
