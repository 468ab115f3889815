package pact.enforcement.domain.pspo;

import static pact.enforcement.domain.pspo.PspoStatus.CONSULTATION;
import static pact.enforcement.domain.pspo.PspoStatus.DISCHARGED;
import static pact.enforcement.domain.pspo.PspoStatus.DRAFT;
import static pact.enforcement.domain.pspo.PspoStatus.EXPIRED;
import static pact.enforcement.domain.pspo.PspoStatus.EXTENDED;
import static pact.enforcement.domain.pspo.PspoStatus.MADE;
import static pact.enforcement.domain.pspo.PspoStatus.VARIED;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.rules.NoticeRule.Refusal;

/**
 * The rules of an order's life (ss.59-72): draft, consultation, made for at most 3 years,
 * varied or extended (each after consultation), discharged or expired. Each check is named.
 */
public final class PspoOrderRules {
    static final Map<PspoStatus, Set<PspoStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(CONSULTATION),
            CONSULTATION, EnumSet.of(MADE, DRAFT),
            MADE, EnumSet.of(VARIED, EXTENDED, DISCHARGED, EXPIRED),
            VARIED, EnumSet.of(VARIED, EXTENDED, DISCHARGED, EXPIRED),
            EXTENDED, EnumSet.of(VARIED, EXTENDED, DISCHARGED, EXPIRED));

    /** The dates of the consultations held on an order. */
    public record Consultation(LocalDate openedOn, LocalDate closedOn) {
    }

    /**
     * A requested change of status.
     *
     * @param lastDecision the day the order was last made, varied or extended (null before it is made)
     */
    public record Change(PspoStatus from, PspoStatus to, LocalDate on, LocalDate activeFrom, LocalDate activeTo,
            LocalDate lastDecision, List<Consultation> consultations) {
    }

    private PspoOrderRules() {
    }

    public static Set<PspoStatus> next(PspoStatus from) {
        return NEXT.getOrDefault(from, Set.of());
    }

    public static Optional<Refusal> check(Change change, LegalParameters law) {
        if (!next(change.from()).contains(change.to())) {
            return refuse("pspo-lifecycle", "An order that is " + change.from() + " cannot become " + change.to()
                    + "; it may become " + next(change.from()));
        }
        boolean decision = change.to() == MADE || change.to() == VARIED || change.to() == EXTENDED;
        if (decision) {
            LocalDate since = change.to() == MADE ? null : change.lastDecision();
            boolean consulted = change.consultations().stream().anyMatch(c -> c.closedOn() != null
                    && !c.closedOn().isAfter(change.on()) && (since == null || c.openedOn().isAfter(since)));
            if (!consulted) {
                return refuse("pspo-consultation-required", "Before an order is " + change.to()
                        + " a consultation must have been held and closed" + (since == null ? "" : " since " + since)
                        + " (s.72(3))");
            }
            // An extension runs up to the maximum from the day it is decided, not from the first making.
            return duration(change.to() == EXTENDED ? change.on() : change.activeFrom(), change.activeTo(), law);
        }
        return Optional.empty();
    }

    /** An order (or an extension) lasts at most the configured period, 3 years (s.60(1), s.60(2)). */
    public static Optional<Refusal> duration(LocalDate from, LocalDate to, LegalParameters law) {
        if (from == null || to == null) {
            return refuse("pspo-maximum-duration", "An order needs an active period (activeFrom and activeTo)");
        }
        if (to.isBefore(from)) {
            return refuse("pspo-maximum-duration", "activeTo " + to + " is before activeFrom " + from);
        }
        int months = law.intValue(LegalParameters.PSPO_MAXIMUM_MONTHS, from);
        LocalDate latest = from.plusMonths(months).minusDays(1);
        if (to.isAfter(latest)) {
            return refuse("pspo-maximum-duration", "An order in force from " + from + " may last until " + latest
                    + " at most (" + months + " months); " + to + " is later");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(String rule, String reason) {
        return Optional.of(new Refusal(rule, reason));
    }
}
