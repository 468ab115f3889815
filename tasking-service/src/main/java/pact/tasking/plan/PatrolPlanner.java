package pact.tasking.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import pact.tasking.domain.PatrolMode;
import pact.tasking.domain.Power;
import pact.tasking.domain.Priority;

/**
 * Builds a patrol plan for a shift with an idleness-driven greedy heuristic from the multi-agent
 * patrolling literature (Machado et al., "Multi-agent patrolling: an empirical analysis of
 * alternative architectures", 2002: each free agent goes to the node with the best ratio of
 * idleness to travel cost), adapted to the Koper curve: stops of a random 10-15 minutes, every
 * hotspot revisited within the revisit limit, priority-weighted, with seeded noise so that the
 * order is unpredictable to onlookers yet reproducible from the seed. Locked visits are fixed
 * blocks that the rest of the plan is built around.
 */
public final class PatrolPlanner {
    /** An officer available between {@code from} and {@code to}. */
    public record Officer(UUID id, String staffNumber, PatrolMode mode, Set<Power> powers, Instant from,
            Instant to) {
    }

    /** A hotspot task active between {@code from} and {@code to}; {@code officers} empty means anyone able. */
    public record Hotspot(UUID taskId, String label, double easting, double northing, Priority priority,
            Set<Power> powersNeeded, Set<UUID> officers, Instant from, Instant to) {
    }

    /** One stop of one officer at one hotspot. */
    public record Visit(UUID officerId, UUID taskId, Instant start, Instant end, boolean locked,
            String explanation) {
    }

    /** The planning rules, from configuration. */
    public record Rules(Duration shortestDwell, Duration longestDwell, Duration revisitWithin, double walkingKmh,
            double cyclingKmh, double detourFactor) {
    }

    /** How good a plan is: coverage of hotspots, revisits within the limit, dose per hotspot. */
    public record Quality(int hotspots, int hotspotsVisited, double coverage, int hotspotsRevisitedInTime,
            double revisitCompliance, long longestGapMinutes, double meanDoseMinutes, double minDoseMinutes,
            double maxDoseMinutes, int visits, double shareNotAtHotspots) {
    }

    public record Plan(List<Visit> visits, Quality quality) {
    }

    private static final Duration WAIT_STEP = Duration.ofMinutes(5);
    /**
     * Travel time that halves a hotspot's appeal. Chosen by a sweep over the benchmark's real
     * hotspots: shorter keeps officers local but lets far hotspots go overdue; a pull that
     * steepened near the revisit limit did worse than plain idleness (bench/planner-tuning.md).
     */
    private static final double HALVING_TRAVEL_SECONDS = 600;

    private final Rules rules;

    public PatrolPlanner(Rules rules) {
        this.rules = rules;
    }

    public Plan plan(Instant from, Instant to, List<Officer> officers, List<Hotspot> hotspots, List<Visit> locked,
            long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<UUID, Hotspot> byTask = new HashMap<>();
        hotspots.forEach(h -> byTask.put(h.taskId(), h));
        Map<UUID, List<Visit>> atHotspot = new HashMap<>();
        Map<UUID, List<Visit>> lockedByOfficer = new HashMap<>();
        hotspots.forEach(h -> atHotspot.put(h.taskId(), new ArrayList<>()));
        for (Visit v : locked) {
            atHotspot.computeIfAbsent(v.taskId(), k -> new ArrayList<>()).add(v);
            lockedByOfficer.computeIfAbsent(v.officerId(), k -> new ArrayList<>()).add(v);
        }
        lockedByOfficer.values().forEach(l -> l.sort(Comparator.comparing(Visit::start)));
        // Officers start at the briefing point, taken as the centre of the hotspots.
        double baseE = hotspots.stream().mapToDouble(Hotspot::easting).average().orElse(0);
        double baseN = hotspots.stream().mapToDouble(Hotspot::northing).average().orElse(0);

        record State(Officer officer, Instant free, double e, double n, int nextLocked) {
        }
        PriorityQueue<State> queue = new PriorityQueue<>(Comparator.comparing(State::free)
                .thenComparing(s -> s.officer().staffNumber()));
        for (Officer o : officers) {
            Instant start = o.from().isAfter(from) ? o.from() : from;
            queue.add(new State(o, start, baseE, baseN, 0));
        }
        List<Visit> planned = new ArrayList<>(locked);
        while (!queue.isEmpty()) {
            State s = queue.poll();
            Officer o = s.officer();
            Instant end = o.to().isBefore(to) ? o.to() : to;
            List<Visit> fixed = lockedByOfficer.getOrDefault(o.id(), List.of());
            int lockedIndex = s.nextLocked();
            while (lockedIndex < fixed.size() && !fixed.get(lockedIndex).end().isAfter(s.free())) {
                lockedIndex++; // a locked visit already behind this officer
            }
            final int nextLocked = lockedIndex;
            Visit nextFixed = nextLocked < fixed.size() ? fixed.get(nextLocked) : null;
            Choice best = null;
            for (Hotspot h : hotspots) {
                if (!h.powersNeeded().isEmpty() && !o.powers().containsAll(h.powersNeeded())
                        || !h.officers().isEmpty() && !h.officers().contains(o.id())) {
                    continue;
                }
                Duration travel = travel(o.mode(), s.e(), s.n(), h.easting(), h.northing());
                Instant arrival = s.free().plus(travel);
                Duration dwell = dwell(random);
                Instant leave = arrival.plus(dwell);
                if (arrival.isBefore(h.from()) || leave.isAfter(h.to()) || leave.isAfter(end)) {
                    continue;
                }
                if (nextFixed != null) {
                    Hotspot fixedAt = byTask.get(nextFixed.taskId());
                    Duration onward = fixedAt == null ? Duration.ZERO
                            : travel(o.mode(), h.easting(), h.northing(), fixedAt.easting(), fixedAt.northing());
                    if (leave.plus(onward).isAfter(nextFixed.start())) {
                        continue;
                    }
                }
                List<Visit> there = atHotspot.get(h.taskId());
                if (there.stream().anyMatch(v -> v.start().isBefore(leave) && arrival.isBefore(v.end()))) {
                    continue; // another officer is already there then
                }
                Instant previous = there.stream().map(Visit::end).filter(t -> !t.isAfter(arrival))
                        .max(Comparator.naturalOrder())
                        .orElse((h.from().isAfter(from) ? h.from() : from).minus(rules.revisitWithin()));
                Instant next = there.stream().map(Visit::start).filter(t -> !t.isBefore(arrival))
                        .min(Comparator.naturalOrder()).orElse(null);
                double idle = Duration.between(previous, arrival).toSeconds() / 60.0;
                double limit = rules.revisitWithin().toMinutes();
                // Idleness as a share of the revisit limit: it keeps growing once overdue.
                double pull = idle / limit;
                if (next != null && Duration.between(arrival, next).toMinutes() < limit / 2) {
                    pull *= 0.3; // someone is already due there soon
                }
                double cost = 1 + travel.toSeconds() / HALVING_TRAVEL_SECONDS;
                double noise = 0.75 + 0.5 * random.nextDouble();
                double score = h.priority().weight() * pull / cost * noise;
                if (best == null || score > best.score()) {
                    best = new Choice(h, arrival, leave, travel, idle, score);
                }
            }
            if (best != null) {
                Visit v = new Visit(o.id(), best.hotspot().taskId(), best.arrival(), best.leave(), false,
                        explain(o, best, s.e(), s.n()));
                planned.add(v);
                atHotspot.get(best.hotspot().taskId()).add(v);
                queue.add(new State(o, best.leave(), best.hotspot().easting(), best.hotspot().northing(),
                        nextLocked));
            } else if (nextFixed != null) {
                Hotspot fixedAt = byTask.get(nextFixed.taskId());
                queue.add(new State(o, nextFixed.end(), fixedAt == null ? s.e() : fixedAt.easting(),
                        fixedAt == null ? s.n() : fixedAt.northing(), nextLocked + 1));
            } else if (s.free().plus(WAIT_STEP).isBefore(end)) {
                // Nothing worth doing yet (every reachable hotspot was just visited): wait a little.
                queue.add(new State(o, s.free().plus(WAIT_STEP), s.e(), s.n(), nextLocked));
            }
        }
        planned.sort(Comparator.comparing(Visit::start).thenComparing(v -> v.officerId().toString()));
        return new Plan(planned, quality(from, to, hotspots, planned, officers));
    }

    private record Choice(Hotspot hotspot, Instant arrival, Instant leave, Duration travel, double idleMinutes,
            double score) {
    }

    private Duration dwell(SplittableRandom random) {
        long min = rules.shortestDwell().toSeconds();
        long max = rules.longestDwell().toSeconds();
        // Whole minutes read better on a briefing sheet.
        long minutes = (min + (long) (random.nextDouble() * (max - min + 60))) / 60;
        return Duration.ofMinutes(Math.min(minutes, max / 60));
    }

    public Duration travel(PatrolMode mode, double e1, double n1, double e2, double n2) {
        double metres = Math.hypot(e2 - e1, n2 - n1) * rules.detourFactor();
        double kmh = mode == PatrolMode.BIKE ? rules.cyclingKmh() : rules.walkingKmh();
        return Duration.ofSeconds(Math.round(metres / (kmh * 1000 / 3600)));
    }

    private String explain(Officer o, Choice c, double fromE, double fromN) {
        double metres = Math.hypot(c.hotspot().easting() - fromE, c.hotspot().northing() - fromN);
        Set<Power> needed = c.hotspot().powersNeeded().isEmpty() ? EnumSet.noneOf(Power.class)
                : c.hotspot().powersNeeded();
        String idle = c.idleMinutes() > rules.revisitWithin().toMinutes() + 0.5 ? "not yet visited this shift"
                : String.format(Locale.ROOT, "last visited %.0f min before", c.idleMinutes());
        return String.format(Locale.ROOT,
                "%s (%s) goes to %s: %.0f m away, %d min by %s; %s (revisit limit %d min); priority %s;"
                        + " %s; stays %d min (random within %d-%d)",
                o.staffNumber(), o.mode().name().toLowerCase(Locale.ROOT), c.hotspot().label(), metres,
                Math.round(c.travel().toSeconds() / 60.0), o.mode() == PatrolMode.BIKE ? "bike" : "foot", idle,
                rules.revisitWithin().toMinutes(), c.hotspot().priority(),
                needed.isEmpty() ? "no special powers needed"
                        : c.hotspot().officers().isEmpty() ? "holds the powers needed " + needed
                                : "assigned to the task and holds " + needed,
                Duration.between(c.arrival(), c.leave()).toMinutes(), rules.shortestDwell().toMinutes(),
                rules.longestDwell().toMinutes());
    }

    /** Scores a set of visits; used for a fresh plan and again after a coordinator changes one. */
    public Quality quality(Instant from, Instant to, List<Hotspot> hotspots, List<Visit> visits,
            List<Officer> officers) {
        Map<UUID, List<Visit>> byHotspot = new HashMap<>();
        visits.forEach(v -> byHotspot.computeIfAbsent(v.taskId(), k -> new ArrayList<>()).add(v));
        int visited = 0;
        int inTime = 0;
        long longestGap = 0;
        double minDose = Double.MAX_VALUE;
        double maxDose = 0;
        double totalDose = 0;
        for (Hotspot h : hotspots) {
            List<Visit> vs = byHotspot.getOrDefault(h.taskId(), List.of()).stream()
                    .sorted(Comparator.comparing(Visit::start)).toList();
            Instant start = h.from().isAfter(from) ? h.from() : from;
            Instant end = h.to().isBefore(to) ? h.to() : to;
            double dose = vs.stream().mapToLong(v -> Duration.between(v.start(), v.end()).toMinutes()).sum();
            visited += vs.isEmpty() ? 0 : 1;
            // Gaps: from the start of the active window to the first visit, between visits, and to the end.
            long gap = 0;
            Instant last = start;
            for (Visit v : vs) {
                gap = Math.max(gap, Duration.between(last, v.start()).toMinutes());
                last = v.end().isAfter(last) ? v.end() : last;
            }
            gap = Math.max(gap, Duration.between(last, end).toMinutes());
            inTime += gap <= rules.revisitWithin().toMinutes() ? 1 : 0;
            longestGap = Math.max(longestGap, gap);
            minDose = Math.min(minDose, dose);
            maxDose = Math.max(maxDose, dose);
            totalDose += dose;
        }
        int n = hotspots.size();
        double officerMinutes = officers.stream().mapToLong(o -> Duration.between(
                o.from().isAfter(from) ? o.from() : from, o.to().isBefore(to) ? o.to() : to).toMinutes()).sum();
        double dwellMinutes = visits.stream().mapToLong(v -> Duration.between(v.start(), v.end()).toMinutes()).sum();
        return new Quality(n, visited, n == 0 ? 1 : (double) visited / n, inTime, n == 0 ? 1 : (double) inTime / n,
                longestGap, n == 0 ? 0 : totalDose / n, n == 0 ? 0 : minDose, maxDose, visits.size(),
                officerMinutes == 0 ? 0 : Math.max(0, 1 - dwellMinutes / officerMinutes));
    }
}
