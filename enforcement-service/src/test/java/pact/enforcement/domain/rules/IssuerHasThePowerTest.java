package pact.enforcement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pact.enforcement.domain.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pact.enforcement.domain.Fixtures;
import pact.enforcement.domain.IssuingContext;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.NoticeType;

class IssuerHasThePowerTest {
    final IssuerHasThePower rule = new IssuerHasThePower();

    @ParameterizedTest(name = "{0} by {1}: allowed={2}")
    @CsvSource({
            "COMMUNITY_PROTECTION_WARNING, city-inspector, true",
            "COMMUNITY_PROTECTION_NOTICE, city-inspector, true",
            "FIXED_PENALTY_PSPO_BREACH, city-inspector, true",
            "DISPERSAL_DIRECTION, city-inspector, false",
            "CLOSURE_NOTICE, city-inspector, true",
            "CLOSURE_NOTICE, analyst, false",
            "DISPERSAL_DIRECTION, police-officer, true",
            "CLOSURE_NOTICE, met-system, true",
            "COMMUNITY_PROTECTION_WARNING, analyst, false",
            "COMMUNITY_PROTECTION_WARNING, enforcement-admin, false",
    })
    void only_the_roles_holding_the_power_may_issue(NoticeType type, String role, boolean allowed) {
        var result = rule.check(Fixtures.adult(type, role), Fixtures.context());
        assertEquals(allowed, result.isEmpty(), () -> result.map(NoticeRule.Refusal::reason).orElse(""));
    }

    @ParameterizedTest(name = "power granted from a date")
    @CsvSource("2026-06-01")
    void a_power_granted_later_applies_from_its_date(LocalDate from) {
        var law = Fixtures.law(new LegalParameters.Entry("power.DISPERSAL_DIRECTION", from,
                "police-officer,met-system,city-inspector"));
        var draft = Fixtures.adult(NoticeType.DISPERSAL_DIRECTION, "city-inspector");
        assertTrue(rule.check(draft, IssuingContext.of(law)).isEmpty());
        assertRefused(rule.check(draft.withIssuedOn(from.minusDays(1)), IssuingContext.of(law)), "issuing-power",
                "is held only by [met-system, police-officer]");
    }
}
