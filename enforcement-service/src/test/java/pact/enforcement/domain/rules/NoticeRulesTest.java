package pact.enforcement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import pact.enforcement.domain.Fixtures;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.NoticeType;

class NoticeRulesTest {

    @Test
    void every_rule_has_a_distinct_name() {
        List<String> names = NoticeRules.current().stream().map(NoticeRule::name).toList();
        assertEquals(names.size(), names.stream().distinct().count());
        assertTrue(names.containsAll(List.of("issuing-power", "dispersal-police-only", "subject-minimum-age",
                "warning-time-allowed", "warning-before-notice", "penalty-needs-breached-cpn",
                "penalty-needs-pspo-breach", "penalty-maximum")));
    }

    @Test
    void the_first_refusal_is_reported_and_a_lawful_notice_passes_all() {
        var warning = Fixtures.adult(NoticeType.COMMUNITY_PROTECTION_WARNING, "STREET_DRINKING",
                LocalDate.of(2026, 6, 15), null, null, null, null);
        assertTrue(NoticeRules.firstRefusal(warning, Fixtures.context()).isEmpty());
        var noTimeAllowed = Fixtures.adult(NoticeType.COMMUNITY_PROTECTION_WARNING, "STREET_DRINKING", null, null,
                null, null, null);
        assertEquals("warning-time-allowed",
                NoticeRules.firstRefusal(noTimeAllowed, Fixtures.context()).orElseThrow().rule());
    }

    @Test
    void a_limit_changed_by_a_later_law_applies_from_its_commencement_only() {
        var law = new LegalParameters(List.of(
                new LegalParameters.Entry(LegalParameters.COMMUNITY_PROTECTION_MINIMUM_AGE, LocalDate.of(2014, 10, 20), "16"),
                new LegalParameters.Entry(LegalParameters.COMMUNITY_PROTECTION_MINIMUM_AGE, LocalDate.of(2026, 7, 1), "18")));
        assertEquals(16, law.intValue(LegalParameters.COMMUNITY_PROTECTION_MINIMUM_AGE, LocalDate.of(2026, 6, 30)));
        assertEquals(18, law.intValue(LegalParameters.COMMUNITY_PROTECTION_MINIMUM_AGE, LocalDate.of(2026, 7, 1)));
    }
}
