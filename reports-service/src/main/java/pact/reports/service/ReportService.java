package pact.reports.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import pact.reports.domain.AsbCategory;
import pact.reports.domain.IntakeChannel;
import pact.reports.domain.PersonalDataAccess;
import pact.reports.domain.PersonalDataPolicy;
import pact.reports.domain.PublicWording;
import pact.reports.domain.Qualifier;
import pact.reports.domain.Report;
import pact.reports.domain.ReportLifecycle;
import pact.reports.domain.ReportSource;
import pact.reports.domain.ReportStatus;
import pact.reports.domain.ReportUpdateKind;
import pact.reports.domain.RiskAssessment;
import pact.reports.domain.StatusChange;
import pact.reports.geo.WestminsterAreas;
import pact.reports.trigger.CommunityTrigger;
import pact.reports.trigger.PersonKey;
import pact.reports.mapping.NewReport;
import pact.reports.mapping.ReportView;
import pact.reports.mapping.StatusUpdate;
import pact.support.paging.PageRequest;
import pact.support.paging.PageResponse;
import pact.support.problem.ProblemException;

/** Takes reports in, moves them through their lifecycle and lists them; owns the transactions. */
@ApplicationScoped
public class ReportService {
    static final Set<String> SORTABLE = Set.of("occurredAt", "reportedAt", "category", "status", "wardName");
    /** A report of the same type this close in space and time may be the same incident. */
    static final double DUPLICATE_RADIUS_M = 50;
    static final Duration DUPLICATE_WINDOW = Duration.ofHours(48);

    /** Who is asking, and why, as far as personal data is concerned. */
    public record Caller(String name, Set<String> roles, String accessReason) {
        boolean mayReadPersonalData() {
            return PersonalDataPolicy.mayRead(roles, accessReason);
        }
    }

    final Clock clock;

    @jakarta.inject.Inject
    CommunityTrigger communityTrigger;

    @jakarta.inject.Inject
    ReportUpdates updates;

    public ReportService() {
        this(Clock.systemUTC());
    }

    ReportService(Clock clock) {
        this.clock = clock;
    }

    /** Takes a report in; {@code channel} is how it arrived, which PACT records and the sender cannot choose. */
    @Transactional
    public ReportView create(NewReport input, String user, IntakeChannel channel) {
        if (input.sourceReference() != null
                && Report.count("sourceReference", input.sourceReference()) > 0) {
            throw ProblemException.conflict("A report with sourceReference '" + input.sourceReference()
                    + "' already exists");
        }
        WestminsterAreas.Placement placement = WestminsterAreas.get().place(input.location().lat(),
                input.location().lon());
        if (!placement.insideWestminster() && input.source() != ReportSource.PARTNER) {
            throw ProblemException.badField("location", "is outside the City of Westminster; PACT takes reports "
                    + "of ASB in Westminster only (partner feeds are kept and flagged out-of-area)");
        }
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.qualifier = input.qualifier();
        report.category = input.category();
        report.description = input.description().strip();
        report.latitude = input.location().lat();
        report.longitude = input.location().lon();
        report.placeAt(placement);
        report.address = input.address();
        report.occurredAt = input.occurredAt().toInstant();
        report.reportedAt = Instant.now(clock);
        report.source = input.source();
        report.intakeChannel = channel;
        report.sourceReference = input.sourceReference();
        report.cctvCameraRef = input.cctvCameraRef();
        if (input.reporter() != null) {
            report.reporterName = input.reporter().name();
            report.reporterEmail = input.reporter().email();
            report.reporterPhone = input.reporter().phone();
            report.reporterKey = PersonKey.of(report.reporterName, report.reporterEmail, report.reporterPhone);
        }
        if (input.victim() != null) {
            report.victimName = input.victim().name();
            report.victimContact = input.victim().email() != null ? input.victim().email() : input.victim().phone();
            report.victimKey = PersonKey.of(input.victim().name(), input.victim().email(), input.victim().phone());
        }
        report.vulnerabilityFlags = input.vulnerabilityFlags() == null || input.vulnerabilityFlags().isEmpty()
                ? EnumSet.noneOf(pact.reports.domain.VulnerabilityFlag.class)
                : EnumSet.copyOf(input.vulnerabilityFlags());
        report.status = ReportStatus.NEW;
        report.createdBy = user;
        List<UUID> duplicates = possibleDuplicates(report);
        report.persist();
        Report.flush();
        communityTrigger.check(report, report.reportedAt);
        return ReportView.of(report, false, duplicates);
    }

    /** Where an earlier report lies: read as plain values, not entities to be checked for changes at commit. */
    public record Placed(UUID id, Double easting, Double northing) {
    }

    /** Reports of the same category within 50 m and 48 hours of this one. */
    List<UUID> possibleDuplicates(Report report) {
        if (report.easting == null) {
            return List.of();
        }
        List<Placed> near = Report.find("category = ?1 and occurredAt between ?2 and ?3 "
                + "and easting between ?4 and ?5 and northing between ?6 and ?7",
                report.category, report.occurredAt.minus(DUPLICATE_WINDOW), report.occurredAt.plus(DUPLICATE_WINDOW),
                report.easting - DUPLICATE_RADIUS_M, report.easting + DUPLICATE_RADIUS_M,
                report.northing - DUPLICATE_RADIUS_M, report.northing + DUPLICATE_RADIUS_M)
                .project(Placed.class).list();
        return near.stream()
                .filter(r -> Math.hypot(r.easting() - report.easting, r.northing() - report.northing)
                        <= DUPLICATE_RADIUS_M)
                .map(Placed::id).toList();
    }

    @Transactional
    public Optional<ReportView> find(UUID id, Caller caller) {
        return Report.<Report>findByIdOptional(id).map(r -> view(r, caller));
    }

    /** Lists reports; {@code onlyCreatedBy} restricts a partner to the reports it sent. */
    @Transactional
    public PageResponse<ReportView> list(ReportFilter filter, PageRequest paging, String onlyCreatedBy,
            Caller caller) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.category() != null) {
            where.append(" and category = :category");
            params.and("category", filter.category());
        }
        if (filter.qualifier() != null) {
            where.append(" and qualifier = :qualifier");
            params.and("qualifier", filter.qualifier());
        }
        if (filter.source() != null) {
            where.append(" and source = :source");
            params.and("source", filter.source());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.and("status", filter.status());
        }
        if (filter.wardCode() != null) {
            where.append(" and wardCode = :ward");
            params.and("ward", filter.wardCode());
        }
        if (filter.cell() != null) {
            where.append(" and easting >= :e0 and easting < :e1 and northing >= :n0 and northing < :n1");
            params.and("e0", filter.cell().minEasting()).and("e1", filter.cell().minEasting() + filter.cell().size())
                    .and("n0", filter.cell().minNorthing())
                    .and("n1", filter.cell().minNorthing() + filter.cell().size());
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
        return PageResponse.of(query, paging, r -> view(r, caller));
    }

    /** Many reports by id in one call, in the order asked, for the gateway's batched fields. */
    @Transactional
    public List<ReportView> byIds(List<UUID> ids, String onlyCreatedBy, Caller caller) {
        List<Report> found = Report.list("id in ?1", ids);
        java.util.Map<UUID, Report> byId = new java.util.HashMap<>();
        found.forEach(r -> byId.put(r.id, r));
        List<ReportView> views = new ArrayList<>();
        for (UUID id : ids) {
            Report r = byId.get(id);
            if (r != null && (onlyCreatedBy == null || onlyCreatedBy.equals(r.createdBy))) {
                views.add(view(r, caller));
            }
        }
        return views;
    }

    /**
     * The newest reports of each of many hotspot cells in one query, for the gateway's batched
     * hotspot.reports field: cell id to reports, every asked cell present.
     */
    @Transactional
    public java.util.Map<String, List<ReportView>> byCells(List<pact.support.geo.CellId> cells, int perCell,
            Instant from, Instant to, Caller caller) {
        java.util.Map<String, List<ReportView>> result = new java.util.LinkedHashMap<>();
        cells.forEach(c -> result.put(c.toString(), new ArrayList<>()));
        if (cells.isEmpty()) {
            return result;
        }
        StringBuilder where = new StringBuilder("(");
        Parameters params = new Parameters();
        for (int i = 0; i < cells.size(); i++) {
            pact.support.geo.CellId cell = cells.get(i);
            where.append(i == 0 ? "" : " or ").append("(easting >= :e0_").append(i).append(" and easting < :e1_")
                    .append(i).append(" and northing >= :n0_").append(i).append(" and northing < :n1_").append(i)
                    .append(")");
            params.and("e0_" + i, cell.minEasting()).and("e1_" + i, cell.minEasting() + cell.size())
                    .and("n0_" + i, cell.minNorthing()).and("n1_" + i, cell.minNorthing() + cell.size());
        }
        where.append(") and outOfArea = false");
        if (from != null) {
            where.append(" and occurredAt >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.append(" and occurredAt < :to");
            params.and("to", to);
        }
        for (Report report : Report.<Report>list(where.toString(), Sort.descending("occurredAt").and("id"), params)) {
            for (pact.support.geo.CellId cell : cells) {
                List<ReportView> list = result.get(cell.toString());
                if (list.size() < perCell && cell.size() > 0
                        && pact.support.geo.CellId.containing(cell.size(), report.easting, report.northing)
                                .equals(cell)) {
                    list.add(view(report, caller));
                }
            }
        }
        return result;
    }

    @Transactional
    public ReportView changeStatus(UUID id, StatusUpdate update, Long expectedVersion, Caller caller) {
        Report report = Report.<Report>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Report " + id));
        if (expectedVersion != null && expectedVersion != report.version) {
            throw ProblemException.conflict("Report " + id + " has changed (version " + report.version
                    + ", you sent " + expectedVersion + "); read it again and retry");
        }
        ReportLifecycle.refusal(report.status, update.status()).ifPresent(reason -> {
            throw ProblemException.ruleRefused("report-lifecycle", reason);
        });
        StatusChange change = new StatusChange();
        change.reportId = id;
        change.from = report.status;
        change.to = update.status();
        change.changedBy = caller.name();
        change.changedAt = Instant.now(clock);
        change.reason = update.reason().strip();
        change.persist();
        ReportStatus from = report.status;
        report.status = update.status();
        updates.record(report, ReportUpdateKind.STATUS_CHANGED, new ReportUpdates.Wording(
                update.publicText() != null && !update.publicText().isBlank() ? update.publicText().strip()
                        : PublicWording.statusChanged(from, update.status()), change.reason),
                caller.name(), change.changedAt, null);
        Report.flush();
        return view(report, caller);
    }

    /** The report's risk, explained, and the date by which its level says it must be reviewed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RiskView> risk(UUID id) {
        return Report.<Report>findByIdOptional(id).map(report -> {
            int byVictim = report.victimKey == null ? 0 : (int) Report.count(
                    "victimKey = ?1 and id <> ?2 and reportedAt >= ?3 and reportedAt <= ?4", report.victimKey, report.id,
                    report.reportedAt.minus(Duration.ofDays(365)), report.reportedAt);
            int nearby = 0;
            if (report.easting != null) {
                nearby = (int) Report.<Report>list("id <> ?1 and occurredAt >= ?2 and occurredAt <= ?3 "
                        + "and easting between ?4 and ?5 and northing between ?6 and ?7", report.id,
                        report.occurredAt.minus(Duration.ofDays(90)), report.occurredAt,
                        report.easting - 50, report.easting + 50, report.northing - 50, report.northing + 50)
                        .stream().filter(r -> Math.hypot(r.easting - report.easting, r.northing - report.northing) <= 50)
                        .count();
            }
            RiskAssessment.Result result = RiskAssessment.assess(new RiskAssessment.Evidence(byVictim, nearby,
                    report.vulnerabilityFlags, report.qualifier, report.category));
            java.time.LocalDate from = report.reportedAt.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
            return new RiskView(report.id, result.score(), result.level(),
                    WORKING_DAYS.plus(from, RiskAssessment.reviewWithinWorkingDays(result.level())),
                    result.breakdown());
        });
    }

    static final pact.reports.trigger.WorkingDays WORKING_DAYS = pact.reports.trigger.WorkingDays.englandAndWales();

    /** A report's risk as the API returns it. */
    public record RiskView(UUID reportId, int score, RiskAssessment.Level level, java.time.LocalDate reviewBy,
            List<RiskAssessment.Factor> breakdown) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StatusChange> history(UUID id) {
        return StatusChange.list("reportId", Sort.by("changedAt").and("id"), id);
    }

    private ReportView view(Report report, Caller caller) {
        boolean personal = caller != null && caller.mayReadPersonalData();
        if (personal) {
            PersonalDataAccess access = new PersonalDataAccess();
            access.reportId = report.id;
            access.accessedBy = caller.name();
            access.roles = String.join(",", new TreeSet<>(caller.roles()));
            access.accessedAt = Instant.now(clock);
            access.reason = caller.accessReason().strip();
            access.persist();
        }
        return ReportView.of(report, personal, List.of());
    }

    /** The list filters a caller may combine. */
    public record ReportFilter(AsbCategory category, Qualifier qualifier, ReportSource source, ReportStatus status,
            String wardCode, pact.support.geo.CellId cell, Instant from, Instant to) {
    }
}
