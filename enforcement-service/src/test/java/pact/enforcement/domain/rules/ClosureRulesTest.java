package pact.enforcement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import pact.enforcement.domain.Authorisation;
import pact.enforcement.domain.Authority;
import pact.enforcement.domain.Fixtures;
import pact.enforcement.domain.NoticeDraft;
import pact.enforcement.domain.NoticeType;

/** s.76(1) who may issue a closure notice; s.77(1) 24 hours, or 48 with a superintendent or chief executive. */
class ClosureRulesTest {

    static NoticeDraft closure(int hours, Authority authority) {
        NoticeDraft d = Fixtures.adult(NoticeType.CLOSURE_NOTICE, "police-officer");
        return new NoticeDraft(d.type(), d.subjectKind(), d.subjectName(), d.subjectDateOfBirth(),
                d.officerStaffNumber(), d.officerOrganisation(), d.issuerRoles(), d.conduct(), d.conductCode(),
                d.latitude(), d.longitude(), d.issuedAt(), null, null, null, null, null, null,
                d.issuedAt().plus(Duration.ofHours(hours)), null,
                authority == null ? null : new Authorisation("Authoriser", authority));
    }

    static NoticeRule.Refusal refusal(NoticeDraft draft) {
        return NoticeRules.firstRefusal(draft, Fixtures.context()).orElse(null);
    }

    @Test
    void a_constables_36_hour_closure_is_refused_for_want_of_an_inspector() {
        NoticeRule.Refusal refused = refusal(closure(36, Authority.POLICE_CONSTABLE));
        assertEquals("closure-authority", refused.rule());
        assertTrue(refused.reason().contains("POLICE_CONSTABLE cannot authorise"), refused.reason());
        assertEquals("closure-authority", refusal(closure(12, null)).rule());
        assertEquals("closure-authority", refusal(closure(12, Authority.POLICE_SERGEANT)).rule());
    }

    @Test
    void an_inspector_authorises_24_hours_but_not_36() {
        assertEquals(null, refusal(closure(24, Authority.POLICE_INSPECTOR)));
        NoticeRule.Refusal refused = refusal(closure(36, Authority.POLICE_INSPECTOR));
        assertEquals("closure-maximum-duration", refused.rule());
        assertTrue(refused.reason().contains("at most 24 hours unless"), refused.reason());
    }

    @Test
    void a_superintendent_or_the_council_chief_executive_extends_to_48_hours_and_no_more() {
        assertEquals(null, refusal(closure(36, Authority.POLICE_SUPERINTENDENT)));
        assertEquals(null, refusal(closure(48, Authority.COUNCIL_CHIEF_EXECUTIVE)));
        assertEquals(null, refusal(closure(20, Authority.COUNCIL_AUTHORISED_OFFICER)));
        assertEquals("closure-maximum-duration", refusal(closure(30, Authority.COUNCIL_AUTHORISED_OFFICER)).rule());
        NoticeRule.Refusal refused = refusal(closure(49, Authority.POLICE_CHIEF_SUPERINTENDENT));
        assertEquals("closure-maximum-duration", refused.rule());
        assertTrue(refused.reason().contains("at most 48 hours"), refused.reason());
    }

    @Test
    void only_a_closure_notice_carries_an_authorisation() {
        NoticeDraft d = Fixtures.adult(NoticeType.COMMUNITY_PROTECTION_WARNING, "police-officer");
        NoticeDraft withAuthority = new NoticeDraft(d.type(), d.subjectKind(), d.subjectName(), d.subjectDateOfBirth(),
                d.officerStaffNumber(), d.officerOrganisation(), d.issuerRoles(), d.conduct(), d.conductCode(),
                d.latitude(), d.longitude(), d.issuedAt(), null, null, null, null, null, null, null, null,
                new Authorisation("Supt", Authority.POLICE_SUPERINTENDENT));
        assertEquals("closure-authority", new ClosureNeedsAuthority().check(withAuthority, Fixtures.context())
                .orElseThrow().rule());
    }
}
