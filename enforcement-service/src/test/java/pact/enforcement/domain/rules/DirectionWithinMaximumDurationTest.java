package pact.enforcement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pact.enforcement.domain.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import pact.enforcement.domain.Fixtures;
import pact.enforcement.domain.NoticeDraft;
import pact.enforcement.domain.NoticeType;

class DirectionWithinMaximumDurationTest {
    final DirectionWithinMaximumDuration rule = new DirectionWithinMaximumDuration();

    static NoticeDraft direction(NoticeType type, Instant endsAt) {
        NoticeDraft d = Fixtures.adult(type, "police-officer");
        return new NoticeDraft(d.type(), d.subjectKind(), d.subjectName(), d.subjectDateOfBirth(),
                d.officerStaffNumber(), d.officerOrganisation(), d.issuerRoles(), d.conduct(), d.conductCode(),
                d.latitude(), d.longitude(), d.issuedAt(), null, null, null, null, null, null, endsAt, null, null);
    }

    @Test
    void a_dispersal_direction_lasts_48_hours_at_most_and_must_say_when_it_ends() {
        assertTrue(rule.check(direction(NoticeType.DISPERSAL_DIRECTION,
                Fixtures.ISSUED.plus(Duration.ofHours(48))), Fixtures.context()).isEmpty());
        assertRefused(rule.check(direction(NoticeType.DISPERSAL_DIRECTION,
                Fixtures.ISSUED.plus(Duration.ofHours(48)).plusSeconds(1)), Fixtures.context()),
                "direction-maximum-duration", "lasts at most 48 hours", "s.35");
        assertRefused(rule.check(direction(NoticeType.DISPERSAL_DIRECTION, null), Fixtures.context()),
                "direction-maximum-duration", "must state when it ends");
    }

    @Test
    void other_notices_carry_no_end() {
        assertRefused(rule.check(direction(NoticeType.COMMUNITY_PROTECTION_WARNING,
                Fixtures.ISSUED.plus(Duration.ofHours(1))), Fixtures.context()), "direction-maximum-duration",
                "Only a dispersal direction or closure notice has an end time");
    }
}
