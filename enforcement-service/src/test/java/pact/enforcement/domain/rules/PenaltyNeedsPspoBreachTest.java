package pact.enforcement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static pact.enforcement.domain.Fixtures.assertRefused;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pact.enforcement.domain.Fixtures;
import pact.enforcement.domain.IssuingContext;
import pact.enforcement.domain.NoticeType;

class PenaltyNeedsPspoBreachTest {
    final PenaltyNeedsPspoBreach rule = new PenaltyNeedsPspoBreach();

    static IssuingContext applying(String... orders) {
        return new IssuingContext(Fixtures.law(), List.of(), Optional.empty(), List.of(orders));
    }

    @Test
    void a_PSPO_penalty_is_valid_only_where_an_order_applies_to_the_behaviour() {
        var fpn = Fixtures.adult(NoticeType.FIXED_PENALTY_PSPO_BREACH, "X", null, null, "DOG_FOULING", null, null);
        assertTrue(rule.check(fpn, applying("city-wide-dog-control")).isEmpty());
        assertRefused(rule.check(fpn, applying()), "penalty-needs-pspo-breach", "No PSPO in force", "DOG_FOULING");
    }

    @Test
    void a_PSPO_penalty_must_name_the_behaviour() {
        var fpn = Fixtures.adult(NoticeType.FIXED_PENALTY_PSPO_BREACH, "X", null, null, null, null, null);
        assertRefused(rule.check(fpn, applying("city-wide-dog-control")), "penalty-needs-pspo-breach",
                "must name the prohibited behaviour");
    }
}
