package pact.tasking.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pact.tasking.domain.Organisation;
import pact.tasking.domain.PatrolMode;
import pact.tasking.domain.Power;
import pact.tasking.domain.Priority;
import pact.tasking.plan.PatrolPlanner.Hotspot;
import pact.tasking.plan.PatrolPlanner.Officer;
import pact.tasking.plan.PatrolPlanner.Visit;

class PatrolPlannerTest {
    static final Instant FROM = Instant.parse("2025-06-01T14:00:00Z");
    static final Instant TO = FROM.plus(Duration.ofHours(8));
    static final PatrolPlanner PLANNER = new PatrolPlanner(new PatrolPlanner.Rules(Duration.ofMinutes(10),
            Duration.ofMinutes(15), Duration.ofHours(2), 5, 15, 1.3));

    static Officer officer(int n, Organisation org, PatrolMode mode, Instant from, Instant to) {
        return new Officer(new UUID(0, n), (org == Organisation.MET_POLICE ? "PC-" : "CI-") + n, mode, org.powers(),
                from, to);
    }

    static List<Officer> team() {
        List<Officer> officers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            officers.add(officer(i, Organisation.MET_POLICE, PatrolMode.FOOT, FROM, TO));
            officers.add(officer(10 + i, Organisation.WESTMINSTER_COUNCIL, PatrolMode.BIKE, FROM, TO));
        }
        return officers;
    }

    static List<Hotspot> hotspots(int count) {
        List<Hotspot> hotspots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // A grid of 150 m cells around Soho.
            hotspots.add(new Hotspot(new UUID(1, i), "cell-" + i, 529000 + 150.0 * (i % 5), 180500 + 150.0 * (i / 5),
                    i % 3 == 0 ? Priority.HIGH : Priority.MEDIUM, EnumSet.of(Power.PATROL), Set.of(), FROM, TO));
        }
        return hotspots;
    }

    @Test
    void every_visit_dwells_10_to_15_minutes_and_no_officer_is_in_two_places_at_once() {
        PatrolPlanner.Plan plan = PLANNER.plan(FROM, TO, team(), hotspots(15), List.of(), 42);
        assertFalse(plan.visits().isEmpty());
        for (Visit v : plan.visits()) {
            long minutes = Duration.between(v.start(), v.end()).toMinutes();
            assertTrue(minutes >= 10 && minutes <= 15, "dwell " + minutes);
            assertFalse(v.start().isBefore(FROM) || v.end().isAfter(TO));
            assertFalse(v.explanation().isBlank());
        }
        Map<UUID, List<Visit>> byOfficer = plan.visits().stream().collect(Collectors.groupingBy(Visit::officerId));
        byOfficer.values().forEach(vs -> {
            List<Visit> sorted = vs.stream().sorted(Comparator.comparing(Visit::start)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                assertFalse(sorted.get(i).start().isBefore(sorted.get(i - 1).end()), "overlapping visits");
            }
        });
    }

    @Test
    void with_enough_officers_every_hotspot_is_covered_and_revisited_within_two_hours() {
        PatrolPlanner.Plan plan = PLANNER.plan(FROM, TO, team(), hotspots(15), List.of(), 7);
        assertEquals(1.0, plan.quality().coverage());
        assertEquals(1.0, plan.quality().revisitCompliance(), "longest gap " + plan.quality().longestGapMinutes());
        assertTrue(plan.quality().longestGapMinutes() <= 120);
    }

    @Test
    void a_hotspot_needing_a_dispersal_direction_is_visited_only_by_police() {
        List<Hotspot> hotspots = new ArrayList<>(hotspots(6));
        Hotspot dispersal = new Hotspot(new UUID(2, 1), "dispersal zone", 529300, 180600, Priority.URGENT,
                EnumSet.of(Power.DISPERSAL_DIRECTION), Set.of(), FROM, TO);
        hotspots.add(dispersal);
        List<Officer> team = team();
        Set<UUID> police = team.stream().filter(o -> o.powers().contains(Power.DISPERSAL_DIRECTION))
                .map(Officer::id).collect(Collectors.toSet());
        List<Visit> there = PLANNER.plan(FROM, TO, team, hotspots, List.of(), 3).visits().stream()
                .filter(v -> v.taskId().equals(dispersal.taskId())).toList();
        assertFalse(there.isEmpty());
        assertTrue(there.stream().allMatch(v -> police.contains(v.officerId())));
    }

    @Test
    void officers_are_planned_only_while_on_shift() {
        Instant noon = FROM.plus(Duration.ofHours(4));
        List<Officer> team = List.of(officer(1, Organisation.MET_POLICE, PatrolMode.FOOT, FROM, noon),
                officer(2, Organisation.MET_POLICE, PatrolMode.BIKE, noon, TO));
        List<Visit> visits = PLANNER.plan(FROM, TO, team, hotspots(5), List.of(), 11).visits();
        assertTrue(visits.stream().filter(v -> v.officerId().equals(team.get(0).id()))
                .allMatch(v -> !v.end().isAfter(noon)));
        assertTrue(visits.stream().filter(v -> v.officerId().equals(team.get(1).id()))
                .allMatch(v -> !v.start().isBefore(noon)));
    }

    @Test
    void the_same_seed_gives_the_same_plan_and_another_seed_another_order() {
        List<Visit> a = PLANNER.plan(FROM, TO, team(), hotspots(15), List.of(), 1).visits();
        List<Visit> b = PLANNER.plan(FROM, TO, team(), hotspots(15), List.of(), 1).visits();
        List<Visit> c = PLANNER.plan(FROM, TO, team(), hotspots(15), List.of(), 2).visits();
        assertEquals(a, b);
        assertNotEquals(a.stream().map(Visit::taskId).toList(), c.stream().map(Visit::taskId).toList());
    }

    @Test
    void locked_visits_are_kept_and_planned_around() {
        List<Officer> team = team();
        Hotspot far = hotspots(15).get(14);
        Visit lockedVisit = new Visit(team.get(0).id(), far.taskId(), FROM.plus(Duration.ofHours(3)),
                FROM.plus(Duration.ofHours(3)).plus(Duration.ofMinutes(15)), true, "set by coordinator");
        List<Visit> visits = PLANNER.plan(FROM, TO, team, hotspots(15), List.of(lockedVisit), 5).visits();
        assertTrue(visits.contains(lockedVisit));
        List<Visit> mine = visits.stream().filter(v -> v.officerId().equals(team.get(0).id()))
                .sorted(Comparator.comparing(Visit::start)).toList();
        for (int i = 1; i < mine.size(); i++) {
            assertFalse(mine.get(i).start().isBefore(mine.get(i - 1).end()), "planned over the locked visit");
        }
        assertTrue(mine.size() > 5, "the officer is planned before and after the locked visit");
    }

    @Test
    void a_task_assigned_to_officers_is_visited_only_by_them() {
        List<Officer> team = team();
        List<Hotspot> hotspots = new ArrayList<>(hotspots(5));
        Hotspot assigned = new Hotspot(new UUID(3, 1), "assigned", 529200, 180700, Priority.URGENT,
                EnumSet.noneOf(Power.class), Set.of(team.get(1).id()), FROM, TO);
        hotspots.add(assigned);
        List<Visit> there = PLANNER.plan(FROM, TO, team, hotspots, List.of(), 9).visits().stream()
                .filter(v -> v.taskId().equals(assigned.taskId())).toList();
        assertFalse(there.isEmpty());
        assertTrue(there.stream().allMatch(v -> v.officerId().equals(team.get(1).id())));
    }

    @Test
    void a_hotspot_is_planned_only_inside_its_task_window() {
        Instant seven = FROM.plus(Duration.ofHours(3));
        Hotspot evening = new Hotspot(new UUID(3, 2), "evening", 529200, 180700, Priority.HIGH,
                EnumSet.noneOf(Power.class), Set.of(), seven, TO);
        List<Hotspot> hotspots = new ArrayList<>(hotspots(5));
        hotspots.add(evening);
        List<Visit> there = PLANNER.plan(FROM, TO, team(), hotspots, List.of(), 13).visits().stream()
                .filter(v -> v.taskId().equals(evening.taskId())).toList();
        assertFalse(there.isEmpty());
        assertTrue(there.stream().noneMatch(v -> v.start().isBefore(seven)));
    }
}
