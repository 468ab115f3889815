package pact.gateway.client;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BackendCallBudgetTest {

    @Test
    void the_attempt_after_twice_the_cap_is_refused_and_not_made() {
        // the up-front estimate holds logical calls to the cap; attempts may include one retry each
        BackendCallBudget budget = new BackendCallBudget();
        budget.limit = new BackendCallBudget.Limit();
        budget.limit.max = 3;
        for (int i = 0; i < 6; i++) {
            budget.spend(Backends.Reports.NAME);
        }
        BackendCallBudget.TooManyBackendCalls refused = assertThrows(BackendCallBudget.TooManyBackendCalls.class,
                () -> budget.spend(Backends.Tasking.NAME));
        assertEquals(7, budget.spent());
        assertThat(refused.getMessage(), containsString("more than 3 backend calls"));
        assertThat(refused.getMessage(), containsString("tasking-service was not made"));
    }
}
