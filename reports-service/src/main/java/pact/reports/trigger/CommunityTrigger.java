package pact.reports.trigger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
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

    /**
     * What the trigger reads of earlier reports, as plain values: loading them as entities would make
     * every one of them part of the intake's unit of work, checked for changes at commit.
     */
    public record Complaint(UUID id, Instant occurredAt, Instant reportedAt) {
    }

    /**
     * Runs inside the intake transaction, after the report is stored; the answer is the case review
     * the report opened or joined, if any.
     */
    public Optional<UUID> check(Report report, Instant now) {
        Instant windowStart = ZonedDateTime.ofInstant(now, LONDON).minusMonths(policy.windowMonths()).toInstant();
        if (report.category == AsbCategory.HATE_RELATED) {
            long hate = report.victimKey == null ? 1 : Report.count("victimKey = ?1 and category = ?2 and reportedAt >= ?3",
                    report.victimKey, AsbCategory.HATE_RELATED, windowStart);
            if (hate >= policy.hateIncidents()) {
                return Optional.of(openOrJoin(CaseReview.Kind.HATE_INCIDENT, report, new Listed(List.of(report.id)), now,
                        "A hate incident was reported: Westminster reviews every one"));
            }
        }
        if (report.victimKey != null) {
            List<Complaint> complaints = Report.find("victimKey = ?1 and reportedAt >= ?2", report.victimKey,
                    windowStart).project(Complaint.class).list();
            List<Complaint> qualifying = complaints.stream().filter(this::qualifies).toList();
            if (qualifying.size() >= policy.complaints()) {
                return Optional.of(openOrJoin(CaseReview.Kind.VICTIM, report,
                        new Listed(qualifying.stream().map(Complaint::id).toList()), now,
                        qualifying.size() + " qualifying complaints by the same victim in " + policy.windowMonths()
                                + " months, each made within " + policy.reportedWithinMonths()
                                + " month of the behaviour"));
            }
        }
        if (report.easting != null && report.reporterKey != null) {
            double r = policy.locationRadiusMetres();
            Place place = new Place(report.easting, report.northing, r, windowStart);
            long reporters = place.reporters();
            if (reporters >= policy.reportersAtLocation()) {
                return Optional.of(openOrJoin(CaseReview.Kind.LOCATION, report, place, now,
                        reporters + " different people reported ASB within " + Math.round(r) + " m of "
                                + (report.address != null ? report.address : "this place") + " in "
                                + policy.windowMonths() + " months"));
            }
        }
        return Optional.empty();
    }

    /** A complaint made within the allowed time of the behaviour it reports. */
    boolean qualifies(Complaint complaint) {
        return !ZonedDateTime.ofInstant(complaint.occurredAt(), LONDON).plusMonths(policy.reportedWithinMonths())
                .toInstant().isBefore(complaint.reportedAt());
    }

    /** An open review a report may join: only what choosing it needs, so no review is loaded whole. */
    public record OpenReview(UUID id, Double easting, Double northing, String victimKey) {
    }

    /** Opens a review, or adds the reports to the open one; the answer is the review's id. */
    private UUID openOrJoin(CaseReview.Kind kind, Report report, Evidence reports, Instant now,
            String explanation) {
        // Concurrent intakes that could open or join the same review take turns here, until they commit:
        // the second then finds the review the first opened and joins it, instead of opening another
        // or losing its join to the first's update of the same review. Intakes elsewhere do not wait.
        var em = CaseReview.getEntityManager();
        double r = policy.locationRadiusMetres();
        ReviewLocks.takeFor(em, kind, report.victimKey, report.easting, report.northing, r);
        Optional<OpenReview> open = switch (kind) {
            case VICTIM -> CaseReview.find("kind = ?1 and victimKey = ?2 and status <> ?3", kind,
                    report.victimKey, CaseReview.Status.CLOSED).project(OpenReview.class).firstResultOptional();
            case LOCATION, HATE_INCIDENT -> report.easting == null ? Optional.empty() : CaseReview.find(
                    "kind = ?1 and status <> ?2 and easting between ?3 and ?4 and northing between ?5 and ?6", kind,
                    CaseReview.Status.CLOSED, report.easting - r, report.easting + r, report.northing - r,
                    report.northing + r).project(OpenReview.class).list().stream()
                    .filter(c -> Math.hypot(c.easting() - report.easting, c.northing() - report.northing) <= r
                            && (kind == CaseReview.Kind.LOCATION || Objects.equals(c.victimKey(),
                                    report.victimKey)))
                    .findFirst();
        };
        if (open.isPresent()) {
            // Adds the links the review lacks and counts the change in its version, without reading
            // the review's (ever longer) list of reports.
            UUID id = open.get().id();
            reports.linkTo(id);
            return id;
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
        review.reportIds.addAll(reports.ids());
        review.persist();
        return review.id;
    }

    /**
     * The reports that met a threshold: all of them are named in a review when it opens, and linked
     * to the open review a report joins (the links it already has are kept).
     */
    interface Evidence {
        /**
         * Begins the one statement that counts the change in the review's version and then links reports
         * to it, as {@code counted.id}: the links read the update's answer, so the review's row is locked
         * before any link is written, and intakes joining one review link in turn (two linking overlapping
         * reports in different orders would deadlock).
         */
        String COUNT_THEN_LINK = "WITH counted AS (UPDATE case_review SET version = version + 1 WHERE id = :review "
                + "RETURNING id) INSERT INTO case_review_report (case_review_id, report_id) SELECT counted.id, ";

        List<UUID> ids();

        /** Links the reports to an open review and counts the change in its version. */
        void linkTo(UUID review);
    }

    /** Evidence already read: a victim's qualifying complaints, or the one hate incident. */
    record Listed(List<UUID> ids) implements Evidence {
        @Override
        public void linkTo(UUID review) {
            CaseReview.getEntityManager().createNativeQuery(COUNT_THEN_LINK + "CAST(report AS uuid) "
                    + "FROM counted, unnest(string_to_array(:reports, ',')) AS report ON CONFLICT DO NOTHING")
                    .setParameter("review", review)
                    .setParameter("reports", String.join(",", ids.stream().map(UUID::toString).toList()))
                    .executeUpdate();
        }
    }

    /**
     * The reports made within the radius of a place in the window by people who can be told apart.
     * Counted and linked by PostgreSQL, not read into the service: at a busy place they are hundreds
     * of rows, and each new report there would read them all again (profiled under intake: the
     * trigger was half of its CPU once a place had a few hundred reports).
     */
    record Place(double easting, double northing, double radius, Instant since) implements Evidence {
        static final String NEARBY = "report WHERE reported_at >= :since AND reporter_key IS NOT NULL "
                + "AND easting BETWEEN :e0 AND :e1 AND northing BETWEEN :n0 AND :n1 "
                + "AND (easting - :e) * (easting - :e) + (northing - :n) * (northing - :n) <= :r2";

        /** How many different people reported here. */
        long reporters() {
            return ((Number) near("SELECT count(DISTINCT reporter_key) FROM " + NEARBY).getSingleResult()).longValue();
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<UUID> ids() {
            return ((List<Object>) near("SELECT id FROM " + NEARBY + " ORDER BY reported_at, id").getResultList()).stream()
                    .map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())).toList();
        }

        @Override
        public void linkTo(UUID review) {
            near(COUNT_THEN_LINK + "report.id FROM counted, " + NEARBY + " ON CONFLICT DO NOTHING")
                    .setParameter("review", review).executeUpdate();
        }

        private Query near(String sql) {
            return CaseReview.getEntityManager().createNativeQuery(sql)
                    .setParameter("since", since)
                    .setParameter("e0", easting - radius).setParameter("e1", easting + radius)
                    .setParameter("n0", northing - radius).setParameter("n1", northing + radius)
                    .setParameter("e", easting).setParameter("n", northing)
                    .setParameter("r2", radius * radius);
        }
    }
}
