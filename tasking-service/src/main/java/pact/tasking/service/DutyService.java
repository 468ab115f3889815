package pact.tasking.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import pact.support.problem.ProblemException;
import pact.tasking.config.TaskingConfig;
import pact.tasking.domain.DutyPeriod;
import pact.tasking.domain.DutyRoster;
import pact.tasking.domain.Officer;
import pact.tasking.domain.Task;
import pact.tasking.domain.TaskStatus;
import pact.tasking.domain.Team;
import pact.tasking.mapping.AvailabilityView;
import pact.tasking.mapping.DutyPeriodView;
import pact.tasking.mapping.NewDutyPeriod;

/** Rosters shifts and leave, and answers who is available when. */
@ApplicationScoped
public class DutyService {

    @Inject
    TaskingConfig config;

    @Transactional
    public DutyPeriodView add(UUID officerId, NewDutyPeriod input, String user) {
        // Locking the officer serialises concurrent rostering, so two overlapping shifts cannot both pass the check.
        Officer officer = Officer.<Officer>findByIdOptional(officerId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Officer " + officerId));
        List<DutyRoster.Period> existing = periods(officer.id, input.startsAt().minus(config.longestShift()),
                input.endsAt().plus(config.longestShift()));
        DutyRoster.Period proposed = new DutyRoster.Period(input.kind(), input.startsAt(), input.endsAt());
        DutyRoster.refusal(existing, proposed, config.longestShift()).ifPresent(reason -> {
            if (reason.startsWith("it overlaps")) {
                throw ProblemException.conflict("Cannot roster this " + input.kind().name().toLowerCase() + " for "
                        + officer.staffNumber + ": " + reason);
            }
            throw ProblemException.badField("endsAt", reason);
        });
        DutyPeriod period = new DutyPeriod();
        period.id = UUID.randomUUID();
        period.officerId = officer.id;
        period.kind = input.kind();
        period.startsAt = input.startsAt();
        period.endsAt = input.endsAt();
        period.createdBy = user;
        period.createdAt = Instant.now();
        period.persist();
        return DutyPeriodView.of(period);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DutyPeriodView> list(UUID officerId, Instant from, Instant to) {
        if (Officer.findById(officerId) == null) {
            throw ProblemException.notFound("Officer " + officerId);
        }
        return DutyPeriod.<DutyPeriod>find("officerId = ?1 and endsAt > ?2 and startsAt < ?3 order by startsAt",
                officerId, from, to).list().stream().map(DutyPeriodView::of).toList();
    }

    /** Each officer's availability at a moment, in two queries whatever the roster size. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AvailabilityView> availability(Instant at, Team team) {
        List<Officer> officers = team == null ? Officer.list("order by staffNumber")
                : Officer.list("team = ?1 order by staffNumber", team);
        Map<UUID, List<DutyRoster.Period>> periods = DutyPeriod.<DutyPeriod>find(
                "startsAt <= ?1 and endsAt > ?1", at).list().stream()
                .collect(Collectors.groupingBy(p -> p.officerId,
                        Collectors.mapping(p -> new DutyRoster.Period(p.kind, p.startsAt, p.endsAt),
                                Collectors.toList())));
        Set<UUID> working = officersOnTasks();
        return officers.stream().map(o -> new AvailabilityView(o.id, o.staffNumber, o.displayName, o.organisation,
                o.mode, o.team, DutyRoster.at(periods.getOrDefault(o.id, List.of()), working.contains(o.id), at), at))
                .toList();
    }

    /** Every officer's shifts and leave overlapping [from, to), in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<DutyRoster.Period>> periodsOverlapping(Instant from, Instant to) {
        return DutyPeriod.<DutyPeriod>find("endsAt > :from and startsAt < :to",
                Parameters.with("from", from).and("to", to)).list().stream()
                .collect(Collectors.groupingBy(p -> p.officerId,
                        Collectors.mapping(p -> new DutyRoster.Period(p.kind, p.startsAt, p.endsAt),
                                Collectors.toList())));
    }

    /** One officer's shifts and leave overlapping [from, to). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DutyRoster.Period> periods(UUID officerId, Instant from, Instant to) {
        return DutyPeriod.<DutyPeriod>list("officerId = ?1 and endsAt > ?2 and startsAt < ?3", officerId, from, to)
                .stream().map(p -> new DutyRoster.Period(p.kind, p.startsAt, p.endsAt)).toList();
    }

    private static Set<UUID> officersOnTasks() {
        Set<UUID> ids = new HashSet<>();
        Task.<Task>find("status", TaskStatus.IN_PROGRESS).list().stream().forEach(t -> ids.addAll(t.officerIds));
        return ids;
    }
}
