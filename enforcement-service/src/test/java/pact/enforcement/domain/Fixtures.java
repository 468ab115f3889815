package pact.enforcement.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Builds domain objects for rule tests: the law as seeded by the migrations, drafts and earlier notices. */
public final class Fixtures {
    public static final LocalDate COMMENCED = LocalDate.of(2014, 10, 20);
    public static final Instant ISSUED = Instant.parse("2026-06-01T20:30:00Z");

    private Fixtures() {
    }

    public static LegalParameters law(LegalParameters.Entry... extra) {
        List<LegalParameters.Entry> entries = new java.util.ArrayList<>(List.of(
                e(LegalParameters.COMMUNITY_PROTECTION_MINIMUM_AGE, "16"),
                e(LegalParameters.DISPERSAL_MINIMUM_AGE, "10"),
                e(LegalParameters.PENALTY_MAXIMUM, "100"),
                e(LegalParameters.PENALTY_DEFAULT_AMOUNT, "100"),
                e(LegalParameters.PENALTY_DISCOUNT_AMOUNT, "75"),
                e(LegalParameters.PENALTY_DISCOUNT_DAYS, "10"),
                e(LegalParameters.PENALTY_PAYMENT_DAYS, "14"),
                e(LegalParameters.PENALTY_NO_PROCEEDINGS_DAYS, "14"),
                e(LegalParameters.APPEAL_DAYS, "21"),
                e(LegalParameters.PSPO_MAXIMUM_MONTHS, "36"),
                e(LegalParameters.DISPERSAL_MAXIMUM_HOURS, "48"),
                e(LegalParameters.CLOSURE_MAXIMUM_HOURS, "24"),
                e(LegalParameters.CLOSURE_EXTENDED_MAXIMUM_HOURS, "48"),
                e(LegalParameters.CLOSURE_ISSUING_AUTHORITIES, "POLICE_INSPECTOR,POLICE_CHIEF_INSPECTOR,"
                        + "POLICE_SUPERINTENDENT,POLICE_CHIEF_SUPERINTENDENT,POLICE_COMMANDER_OR_ABOVE,"
                        + "COUNCIL_AUTHORISED_OFFICER,COUNCIL_CHIEF_EXECUTIVE,COUNCIL_CHIEF_EXECUTIVE_DESIGNATE"),
                e(LegalParameters.CLOSURE_EXTENDING_AUTHORITIES, "POLICE_SUPERINTENDENT,POLICE_CHIEF_SUPERINTENDENT,"
                        + "POLICE_COMMANDER_OR_ABOVE,COUNCIL_CHIEF_EXECUTIVE,COUNCIL_CHIEF_EXECUTIVE_DESIGNATE"),
                e("power.COMMUNITY_PROTECTION_WARNING", "city-inspector,police-officer,met-system"),
                e("power.COMMUNITY_PROTECTION_NOTICE", "city-inspector,police-officer,met-system"),
                e("power.FIXED_PENALTY_CPN_BREACH", "city-inspector,police-officer,met-system"),
                e("power.FIXED_PENALTY_PSPO_BREACH", "city-inspector,police-officer,met-system"),
                e("power.DISPERSAL_DIRECTION", "police-officer,met-system"),
                e("power.CLOSURE_NOTICE", "police-officer,city-inspector,met-system")));
        entries.addAll(List.of(extra));
        return new LegalParameters(entries);
    }

    static LegalParameters.Entry e(String name, String value) {
        return new LegalParameters.Entry(name, COMMENCED, value);
    }

    public static IssuingContext context() {
        return IssuingContext.of(law());
    }

    public static IssuingContext withEarlier(NoticeFacts... earlier) {
        return new IssuingContext(law(), List.of(earlier), Optional.empty(), List.of());
    }

    public static IssuingContext withRelated(NoticeFacts related) {
        return new IssuingContext(law(), List.of(), Optional.of(related), List.of());
    }

    public static NoticeDraft person(NoticeType type, LocalDate born, IssuingOrganisation org, String role) {
        return NoticeDraft.basic(type, SubjectKind.PERSON, "A. Subject", born, "X-1", org, Set.of(role), "conduct",
                51.51, -0.13, ISSUED);
    }

    public static NoticeDraft adult(NoticeType type, String role) {
        return person(type, LocalDate.of(1990, 1, 1), role.equals("city-inspector")
                ? IssuingOrganisation.WESTMINSTER_COUNCIL : IssuingOrganisation.MET_POLICE, role);
    }

    /** A draft with the optional fields a rule under test looks at. */
    public static NoticeDraft adult(NoticeType type, String conductCode, LocalDate complyBy, UUID related,
            String behaviour, Instant offenceAt, BigDecimal amount) {
        return new NoticeDraft(type, SubjectKind.PERSON, "A. Subject", LocalDate.of(1990, 1, 1), "X-1",
                IssuingOrganisation.WESTMINSTER_COUNCIL, Set.of("city-inspector"), "conduct", conductCode, 51.51, -0.13,
                ISSUED, complyBy, related, null, behaviour, offenceAt, amount, null, null, null);
    }

    public static NoticeFacts earlier(NoticeType type, NoticeStatus status, String name, String conductCode,
            LocalDate issuedOn, LocalDate complyBy) {
        return new NoticeFacts(UUID.randomUUID(), type, status,
                new NoticeSubject(SubjectKind.PERSON, name, LocalDate.of(1990, 1, 1)), conductCode, issuedOn, complyBy,
                null, null, null, null, null, null, null, List.of(), null, null);
    }

    public static NoticeFacts penalty(NoticeStatus status, LocalDate issuedOn, LegalParameters law) {
        NoticeTerms terms = NoticeTerms.of(adult(NoticeType.FIXED_PENALTY_CPN_BREACH, "X", null, null, null, null, null)
                .withIssuedOn(issuedOn), law);
        return new NoticeFacts(UUID.randomUUID(), NoticeType.FIXED_PENALTY_CPN_BREACH, status,
                new NoticeSubject(SubjectKind.PERSON, "A. Subject", LocalDate.of(1990, 1, 1)), "X", issuedOn, null, null,
                terms.dueDate(), terms.discountUntil(), terms.proceedingsFrom(), terms.amount(), terms.discountAmount(),
                null, List.of(), null, null);
    }

    /** Asserts a refusal by the named rule whose reason says each of the given things. */
    public static void assertRefused(Optional<pact.enforcement.domain.rules.NoticeRule.Refusal> refusal, String rule,
            String... says) {
        var refused = refusal.orElseThrow(() -> new AssertionError("expected a refusal by " + rule));
        org.junit.jupiter.api.Assertions.assertEquals(rule, refused.rule(), refused.reason());
        for (String said : says) {
            org.junit.jupiter.api.Assertions.assertTrue(refused.reason().contains(said),
                    () -> "the reason \"" + refused.reason() + "\" should say \"" + said + "\"");
        }
    }
}
