package pact.tasking.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import pact.support.problem.ProblemException;
import pact.tasking.config.TaskingConfig;
import pact.tasking.domain.DutyKind;
import pact.tasking.domain.DutyRoster;
import pact.tasking.domain.Officer;
import pact.tasking.domain.PatrolPlan;
import pact.tasking.domain.PlanVisit;
import pact.tasking.domain.Task;
import pact.tasking.domain.TaskStatus;
import pact.tasking.mapping.NewPlan;
import pact.tasking.mapping.PlanView;
import pact.tasking.mapping.VisitChange;
import pact.tasking.plan.PatrolPlanner;

/** Plans patrols for a period from the roster and the open hotspot tasks; keeps locked visits on re-planning. */
@ApplicationScoped
public class PlanService {
    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    TaskingConfig config;

    @Inject
    DutyService duty;

    @Inject
    TaskAreas areas;

    @Inject
    ObjectMapper json;

    /** Planned dose of one task over a period. */
    public record Planned(int visits, long minutes) {
        public static final Planned NONE = new Planned(0, 0);
    }

    public PatrolPlanner planner() {
        TaskingConfig.Plan p = config.plan();
        return new PatrolPlanner(new PatrolPlanner.Rules(p.shortestDwell(), p.longestDwell(), p.revisitWithin(),
                p.walkingKmh(), p.cyclingKmh(), p.detourFactor()));
    }

    @Transactional
    public PlanView create(NewPlan input, String user) {
        if (!input.to().isAfter(input.from())) {
            throw ProblemException.badField("to", "must be after from");
        }
        if (Duration.between(input.from(), input.to()).compareTo(config.plan().longestPlan()) > 0) {
            throw ProblemException.badField("to", "a plan covers at most " + config.plan().longestPlan().toHours()
                    + " hours");
        }
        // One plan per period, so planned dose is never counted twice; change a plan by re-planning it.
        Optional<PatrolPlan> overlapping = PatrolPlan.<PatrolPlan>find("endsAt > ?1 and startsAt < ?2",
                input.from(), input.to()).firstResultOptional();
        if (overlapping.isPresent()) {
            throw ProblemException.conflict("Plan " + overlapping.get().id + " already covers part of this period;"
                    + " re-plan it instead");
        }
        PatrolPlan plan = new PatrolPlan();
        plan.id = UUID.randomUUID();
        plan.startsAt = input.from();
        plan.endsAt = input.to();
        plan.seed = input.seed() != null ? input.seed() : SEEDS.nextLong();
        plan.createdBy = user;
        plan.createdAt = Instant.now();
        plan.qualityJson = "{}";
        plan.persist(); // before its visits, which reference it
        run(plan, List.of());
        return view(plan);
    }

    @Transactional
    public PlanView replan(UUID planId, Long seed) {
        PatrolPlan plan = lock(planId);
        List<PlanVisit> locked = PlanVisit.list("planId = ?1 and locked = true", planId);
        PlanVisit.delete("planId = ?1 and locked = false", planId);
        plan.seed = seed != null ? seed : SEEDS.nextLong();
        run(plan, locked.stream().map(PlanService::toPlanner).toList());
        return view(plan);
    }

    @Transactional
    public PlanView change(UUID planId, UUID visitId, VisitChange change) {
        PatrolPlan plan = lock(planId);
        PlanVisit visit = PlanVisit.<PlanVisit>find("id = ?1 and planId = ?2", visitId, planId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Visit " + visitId + " of plan " + planId));
        boolean moved = change.officerId() != null || change.startsAt() != null;
        if (moved && !change.locked()) {
            throw ProblemException.badField("locked", "a changed visit is locked so that re-planning keeps it");
        }
        if (moved) {
            UUID officerId = change.officerId() != null ? change.officerId() : visit.officerId;
            Instant start = change.startsAt() != null ? change.startsAt() : visit.startsAt;
            Instant end = start.plus(Duration.between(visit.startsAt, visit.endsAt));
            Officer officer = Officer.<Officer>findByIdOptional(officerId)
                    .orElseThrow(() -> ProblemException.badField("officerId", "officer " + officerId
                            + " does not exist"));
            Task task = Task.findById(visit.taskId);
            if (start.isBefore(plan.startsAt) || end.isAfter(plan.endsAt)) {
                throw ProblemException.badField("startsAt", "the visit must fit inside the plan's period");
            }
            if (!officer.powers().containsAll(task.powersNeeded)) {
                throw ProblemException.ruleRefused("powers-match", "Officer " + officer.staffNumber
                        + " does not hold the powers task '" + task.title + "' needs: " + task.powersNeeded);
            }
            List<DutyRoster.Period> periods = duty.periods(officerId, start, end);
            if (!coveredByShift(periods, start, end)) {
                throw ProblemException.ruleRefused("on-shift", "Officer " + officer.staffNumber
                        + " is not on shift for the whole visit");
            }
            boolean clash = PlanVisit.count("planId = ?1 and officerId = ?2 and id <> ?3 and startsAt < ?5 "
                    + "and endsAt > ?4", planId, officerId, visitId, start, end) > 0;
            if (clash) {
                throw ProblemException.conflict("Officer " + officer.staffNumber
                        + " already has a visit in this plan at that time");
            }
            visit.officerId = officerId;
            visit.startsAt = start;
            visit.endsAt = end;
            visit.explanation = "Set by a coordinator: " + officer.staffNumber + " at " + start;
        }
        visit.locked = change.locked();
        PlanVisit.flush();
        plan.qualityJson = write(planner().quality(plan.startsAt, plan.endsAt, hotspots(plan.startsAt, plan.endsAt),
                PlanVisit.<PlanVisit>list("planId", planId).stream().map(PlanService::toPlanner).toList(),
                officers(plan.startsAt, plan.endsAt)));
        return view(plan);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanView get(UUID planId) {
        return view(PatrolPlan.<PatrolPlan>findByIdOptional(planId)
                .orElseThrow(() -> ProblemException.notFound("Plan " + planId)));
    }

    /** Planned visits and minutes per task over [from, to), from the plans covering it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Planned> plannedByTask(Instant from, Instant to) {
        Map<UUID, Planned> result = new HashMap<>();
        for (PlanVisit v : PlanVisit.<PlanVisit>list("endsAt > ?1 and startsAt < ?2", from, to)) {
            Instant start = v.startsAt.isBefore(from) ? from : v.startsAt;
            Instant end = v.endsAt.isAfter(to) ? to : v.endsAt;
            Planned p = result.getOrDefault(v.taskId, Planned.NONE);
            result.put(v.taskId, new Planned(p.visits() + 1, p.minutes() + Duration.between(start, end).toMinutes()));
        }
        return result;
    }

    private PatrolPlan lock(UUID planId) {
        return PatrolPlan.<PatrolPlan>findByIdOptional(planId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Plan " + planId));
    }

    private void run(PatrolPlan plan, List<PatrolPlanner.Visit> locked) {
        PatrolPlanner.Plan result = planner().plan(plan.startsAt, plan.endsAt, officers(plan.startsAt, plan.endsAt),
                hotspots(plan.startsAt, plan.endsAt), locked, plan.seed);
        for (PatrolPlanner.Visit v : result.visits()) {
            if (v.locked()) {
                continue; // already stored
            }
            PlanVisit visit = new PlanVisit();
            visit.id = UUID.randomUUID();
            visit.planId = plan.id;
            visit.officerId = v.officerId();
            visit.taskId = v.taskId();
            visit.startsAt = v.start();
            visit.endsAt = v.end();
            visit.locked = false;
            visit.explanation = v.explanation();
            visit.persist();
        }
        plan.qualityJson = write(result.quality());
    }

    /** Officers on a shift during the period and on no leave in it, each for the part of the period on shift. */
    List<PatrolPlanner.Officer> officers(Instant from, Instant to) {
        Map<UUID, List<DutyRoster.Period>> periods = duty.periodsOverlapping(from, to);
        Map<UUID, Officer> officers = periods.isEmpty() ? Map.of()
                : Officer.<Officer>list("id in ?1", periods.keySet()).stream()
                        .collect(Collectors.toMap(o -> o.id, Function.identity()));
        List<PatrolPlanner.Officer> result = new ArrayList<>();
        periods.forEach((officerId, ps) -> {
            if (ps.stream().anyMatch(p -> p.kind() == DutyKind.LEAVE)) {
                return;
            }
            ps.stream().filter(p -> p.kind() == DutyKind.SHIFT)
                    .max(Comparator.comparing(p -> Duration.between(max(p.startsAt(), from), min(p.endsAt(), to))))
                    .ifPresent(shift -> {
                        Officer o = officers.get(officerId);
                        result.add(new PatrolPlanner.Officer(o.id, o.staffNumber, o.mode, o.powers(),
                                max(shift.startsAt(), from), min(shift.endsAt(), to)));
                    });
        });
        result.sort(Comparator.comparing(PatrolPlanner.Officer::staffNumber));
        return result;
    }

    /** Open tasks on the ground whose window overlaps the period; assigned tasks go only to their officers. */
    List<PatrolPlanner.Hotspot> hotspots(Instant from, Instant to) {
        return Task.<Task>list("status in ?1 and windowEnd > ?2 and windowStart < ?3 order by id",
                List.of(TaskStatus.PLANNED, TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS), from, to).stream()
                .filter(t -> t.objective.onTheGround())
                .map(t -> {
                    Coordinate centre = areas.area(t).centre();
                    return new PatrolPlanner.Hotspot(t.id, t.cellId != null ? t.cellId : t.title, centre.x, centre.y,
                            t.priority, Set.copyOf(t.powersNeeded),
                            t.status == TaskStatus.PLANNED ? Set.of() : Set.copyOf(t.officerIds), t.windowStart,
                            t.windowEnd);
                }).toList();
    }

    private static boolean coveredByShift(List<DutyRoster.Period> periods, Instant start, Instant end) {
        return periods.stream().noneMatch(p -> p.kind() == DutyKind.LEAVE)
                && periods.stream().anyMatch(p -> p.kind() == DutyKind.SHIFT && !p.startsAt().isAfter(start)
                        && !p.endsAt().isBefore(end));
    }

    private static PatrolPlanner.Visit toPlanner(PlanVisit v) {
        return new PatrolPlanner.Visit(v.officerId, v.taskId, v.startsAt, v.endsAt, true, v.explanation);
    }

    private PlanView view(PatrolPlan plan) {
        List<PlanVisit> visits = PlanVisit.list("planId = ?1 order by startsAt, officerId", plan.id);
        Set<UUID> officerIds = visits.stream().map(v -> v.officerId).collect(Collectors.toSet());
        Set<UUID> taskIds = visits.stream().map(v -> v.taskId).collect(Collectors.toSet());
        Map<UUID, String> staff = officerIds.isEmpty() ? Map.of() : Officer.<Officer>list("id in ?1", officerIds)
                .stream().collect(Collectors.toMap(o -> o.id, o -> o.staffNumber));
        Map<UUID, Task> tasks = taskIds.isEmpty() ? Map.of() : Task.<Task>list("id in ?1", taskIds).stream()
                .collect(Collectors.toMap(t -> t.id, Function.identity()));
        try {
            return new PlanView(plan.id, plan.startsAt, plan.endsAt, plan.seed, plan.version,
                    json.readValue(plan.qualityJson, PatrolPlanner.Quality.class),
                    visits.stream().map(v -> new PlanView.VisitView(v.id, v.officerId, staff.get(v.officerId),
                            v.taskId, tasks.get(v.taskId).cellId, v.startsAt, v.endsAt, v.locked, v.explanation))
                            .toList(), plan.createdBy, plan.createdAt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored quality of plan " + plan.id + " is unreadable", e);
        }
    }

    private String write(PatrolPlanner.Quality quality) {
        try {
            return json.writeValueAsString(quality);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
