package pact.enforcement.domain;

/** The notices the PACT team can give, each with the section of the Act it rests on. */
public enum NoticeType {
    COMMUNITY_PROTECTION_WARNING("ABCPA 2014 s.43(5)"),
    COMMUNITY_PROTECTION_NOTICE("ABCPA 2014 s.43"),
    FIXED_PENALTY_CPN_BREACH("ABCPA 2014 s.52"),
    FIXED_PENALTY_PSPO_BREACH("ABCPA 2014 s.68"),
    DISPERSAL_DIRECTION("ABCPA 2014 s.35"),
    CLOSURE_NOTICE("ABCPA 2014 s.76");

    private final String legalBasis;

    NoticeType(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public boolean isPenalty() {
        return this == FIXED_PENALTY_CPN_BREACH || this == FIXED_PENALTY_PSPO_BREACH;
    }

    public boolean isCommunityProtection() {
        return this == COMMUNITY_PROTECTION_WARNING || this == COMMUNITY_PROTECTION_NOTICE;
    }
}
