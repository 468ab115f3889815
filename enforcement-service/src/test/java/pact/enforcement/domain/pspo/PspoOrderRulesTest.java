package pact.enforcement.domain.pspo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import pact.enforcement.domain.Fixtures;

class PspoOrderRulesTest {
    static final LocalDate ON = LocalDate.of(2026, 9, 1);
    static final List<PspoOrderRules.Consultation> CONSULTED = List.of(
            new PspoOrderRules.Consultation(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31)));

    static String refusal(PspoStatus from, PspoStatus to, LocalDate activeTo, LocalDate lastDecision,
            List<PspoOrderRules.Consultation> consultations) {
        return PspoOrderRules.check(new PspoOrderRules.Change(from, to, ON, ON, activeTo, lastDecision, consultations),
                Fixtures.law()).map(r -> r.rule()).orElse(null);
    }

    @Test
    void an_order_lasts_at_most_three_years() {
        assertEquals(null, refusal(PspoStatus.CONSULTATION, PspoStatus.MADE, LocalDate.of(2029, 8, 31), null, CONSULTED));
        assertEquals("pspo-maximum-duration",
                refusal(PspoStatus.CONSULTATION, PspoStatus.MADE, LocalDate.of(2029, 9, 1), null, CONSULTED));
    }

    @Test
    void an_order_is_made_only_after_a_closed_consultation() {
        assertEquals("pspo-consultation-required",
                refusal(PspoStatus.CONSULTATION, PspoStatus.MADE, LocalDate.of(2027, 8, 31), null, List.of()));
        var stillOpen = List.of(new PspoOrderRules.Consultation(LocalDate.of(2026, 6, 1), null));
        assertEquals("pspo-consultation-required",
                refusal(PspoStatus.CONSULTATION, PspoStatus.MADE, LocalDate.of(2027, 8, 31), null, stillOpen));
    }

    @Test
    void an_extension_needs_a_fresh_consultation_and_runs_three_years_from_its_decision() {
        LocalDate made = LocalDate.of(2023, 9, 1);
        assertEquals("pspo-consultation-required", PspoOrderRules.check(new PspoOrderRules.Change(PspoStatus.MADE,
                PspoStatus.EXTENDED, ON, made, LocalDate.of(2029, 8, 31), ON.plusDays(1), CONSULTED), Fixtures.law())
                .orElseThrow().rule());
        assertTrue(PspoOrderRules.check(new PspoOrderRules.Change(PspoStatus.MADE, PspoStatus.EXTENDED, ON, made,
                LocalDate.of(2029, 8, 31), made, CONSULTED), Fixtures.law()).isEmpty());
    }

    @Test
    void a_draft_cannot_be_made_without_consultation_stage() {
        assertEquals("pspo-lifecycle", refusal(PspoStatus.DRAFT, PspoStatus.MADE, LocalDate.of(2027, 1, 1), null, CONSULTED));
        assertEquals("pspo-lifecycle", refusal(PspoStatus.DISCHARGED, PspoStatus.VARIED, LocalDate.of(2027, 1, 1), null, CONSULTED));
    }
}
