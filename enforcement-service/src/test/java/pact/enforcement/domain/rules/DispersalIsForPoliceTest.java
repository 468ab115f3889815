package pact.enforcement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pact.enforcement.domain.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pact.enforcement.domain.Fixtures;
import pact.enforcement.domain.IssuingOrganisation;
import pact.enforcement.domain.NoticeType;

class DispersalIsForPoliceTest {
    final DispersalIsForPolice rule = new DispersalIsForPolice();

    @Test
    void a_City_Inspector_can_never_give_a_dispersal_direction_even_claiming_to_be_police() {
        var byInspector = Fixtures.person(NoticeType.DISPERSAL_DIRECTION, LocalDate.of(1990, 1, 1),
                IssuingOrganisation.WESTMINSTER_COUNCIL, "city-inspector");
        var claimingPolice = Fixtures.person(NoticeType.DISPERSAL_DIRECTION, LocalDate.of(1990, 1, 1),
                IssuingOrganisation.MET_POLICE, "city-inspector");
        assertRefused(rule.check(byInspector, Fixtures.context()), "dispersal-police-only", "City Inspectors cannot",
                "s.35");
        assertRefused(rule.check(claimingPolice, Fixtures.context()), "dispersal-police-only", "City Inspectors cannot");
    }

    @Test
    void a_constable_may_give_one() {
        var byConstable = Fixtures.person(NoticeType.DISPERSAL_DIRECTION, LocalDate.of(1990, 1, 1),
                IssuingOrganisation.MET_POLICE, "police-officer");
        assertTrue(rule.check(byConstable, Fixtures.context()).isEmpty());
    }
}
