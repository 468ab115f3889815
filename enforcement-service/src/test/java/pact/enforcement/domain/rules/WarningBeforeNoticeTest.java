package pact.enforcement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pact.enforcement.domain.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pact.enforcement.domain.Fixtures;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.NoticeType;

class WarningBeforeNoticeTest {
    final WarningBeforeNotice rule = new WarningBeforeNotice();
    final LocalDate may = LocalDate.of(2026, 5, 1);
    final LocalDate mid = LocalDate.of(2026, 5, 20);
    final LocalDate cpnDay = LocalDate.of(2026, 6, 1);
    final pact.enforcement.domain.NoticeDraft cpn = Fixtures.adult(NoticeType.COMMUNITY_PROTECTION_NOTICE,
            "STREET_DRINKING", null, null, null, null, null);

    @Test
    void a_CPN_with_no_earlier_warning_is_refused() {
        assertRefused(rule.check(cpn, Fixtures.context()), "warning-before-notice", "none is on record",
                "STREET_DRINKING");
    }

    @Test
    void a_CPN_after_the_warning_period_ends_is_allowed() {
        var warning = Fixtures.earlier(NoticeType.COMMUNITY_PROTECTION_WARNING, NoticeStatus.ISSUED, "a. subject ",
                "STREET_DRINKING", may, mid);
        assertTrue(rule.check(cpn, Fixtures.withEarlier(warning)).isEmpty());
    }

    @Test
    void a_CPN_cannot_be_issued_before_the_warning_period_ends() {
        var running = Fixtures.earlier(NoticeType.COMMUNITY_PROTECTION_WARNING, NoticeStatus.ISSUED, "A. Subject",
                "STREET_DRINKING", may, cpnDay);
        assertTrue(rule.check(cpn, Fixtures.withEarlier(running)).orElseThrow().reason().contains("may follow only after"));
    }

    @Test
    void a_warning_for_other_conduct_or_to_another_person_does_not_count() {
        var otherConduct = Fixtures.earlier(NoticeType.COMMUNITY_PROTECTION_WARNING, NoticeStatus.ISSUED, "A. Subject",
                "NOISE", may, mid);
        var otherPerson = Fixtures.earlier(NoticeType.COMMUNITY_PROTECTION_WARNING, NoticeStatus.ISSUED, "B. Other",
                "STREET_DRINKING", may, mid);
        assertRefused(rule.check(cpn, Fixtures.withEarlier(otherConduct, otherPerson)), "warning-before-notice",
                "none is on record");
    }

    @Test
    void a_warning_complied_with_or_withdrawn_does_not_count() {
        var complied = Fixtures.earlier(NoticeType.COMMUNITY_PROTECTION_WARNING, NoticeStatus.COMPLIED, "A. Subject",
                "STREET_DRINKING", may, mid);
        var withdrawn = Fixtures.earlier(NoticeType.COMMUNITY_PROTECTION_WARNING, NoticeStatus.WITHDRAWN, "A. Subject",
                "STREET_DRINKING", may, mid);
        assertRefused(rule.check(cpn, Fixtures.withEarlier(complied)), "warning-before-notice", "is COMPLIED");
        assertRefused(rule.check(cpn, Fixtures.withEarlier(withdrawn)), "warning-before-notice", "is WITHDRAWN");
    }

    @Test
    void a_namesake_with_another_date_of_birth_is_another_person_and_their_warning_is_not_escalated() {
        var mine = Fixtures.earlier(NoticeType.COMMUNITY_PROTECTION_WARNING, NoticeStatus.ISSUED, "A. Subject",
                "STREET_DRINKING", may, mid);
        var namesake = new pact.enforcement.domain.NoticeFacts(java.util.UUID.randomUUID(),
                NoticeType.COMMUNITY_PROTECTION_WARNING, NoticeStatus.ISSUED,
                new pact.enforcement.domain.NoticeSubject(pact.enforcement.domain.SubjectKind.PERSON, "A. Subject",
                        LocalDate.of(1975, 5, 5)), "STREET_DRINKING", may, mid, null, null, null, null, null, null, null,
                java.util.List.of(), null, null);
        var context = Fixtures.withEarlier(mine, namesake);
        assertTrue(rule.check(cpn, context).isEmpty());
        assertEquals(java.util.List.of(mine.id()), rule.escalates(cpn, context));
        // the namesake's warning does not support a CPN to A. Subject born 1990-01-01
        assertRefused(rule.check(cpn, Fixtures.withEarlier(namesake)), "warning-before-notice", "none is on record");
    }

    @Test
    void the_rules_judgement_escalates_exactly_the_warnings_that_allowed_the_notice() {
        var expired = Fixtures.earlier(NoticeType.COMMUNITY_PROTECTION_WARNING, NoticeStatus.ISSUED, "A. Subject",
                "STREET_DRINKING", may, mid);
        var complied = Fixtures.earlier(NoticeType.COMMUNITY_PROTECTION_WARNING, NoticeStatus.COMPLIED, "A. Subject",
                "STREET_DRINKING", may, mid);
        var judgement = NoticeRules.judge(cpn, Fixtures.withEarlier(expired, complied));
        assertTrue(judgement.allowed());
        assertEquals(java.util.List.of(expired.id()), judgement.escalates());
        assertEquals(java.util.List.of(), NoticeRules.judge(cpn, Fixtures.context()).escalates());
    }

    @Test
    void bodies_are_matched_on_their_subject_id_when_both_carry_one() {
        var club = new pact.enforcement.domain.NoticeSubject(pact.enforcement.domain.SubjectKind.BODY, "Club Ltd", null,
                "01234567");
        var renamed = new pact.enforcement.domain.NoticeSubject(pact.enforcement.domain.SubjectKind.BODY,
                "The Club (Soho) Ltd", null, "01234567");
        var otherCompany = new pact.enforcement.domain.NoticeSubject(pact.enforcement.domain.SubjectKind.BODY,
                "Club Ltd", null, "07654321");
        assertTrue(club.sameAs(renamed));
        assertTrue(!club.sameAs(otherCompany));
        var person = new pact.enforcement.domain.NoticeSubject(pact.enforcement.domain.SubjectKind.PERSON, "Jo Bloggs",
                null);
        assertTrue(!person.sameAs(person), "a person without a date of birth is never matched on the name alone");
    }
}
