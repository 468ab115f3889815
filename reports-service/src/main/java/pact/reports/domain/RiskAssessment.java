package pact.reports.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A report's risk: repeat victimisation and repeat location weigh most, with the victim's
 * vulnerability and targeted or hate behaviour; every point is explained. The level sets how
 * soon the case must be reviewed.
 */
public final class RiskAssessment {
    /** How urgent the case is. */
    public enum Level { STANDARD, MEDIUM, HIGH }

    /** One reason for points. */
    public record Factor(String factor, int points, String explanation) {
    }

    /** What the assessment looks at, gathered by the service. */
    public record Evidence(int earlierReportsBySameVictim, int earlierReportsNearby, Set<VulnerabilityFlag> flags,
            Qualifier qualifier, AsbCategory category) {
    }

    /** The result. */
    public record Result(int score, Level level, List<Factor> breakdown) {
    }

    static final int MEDIUM_FROM = 5;
    static final int HIGH_FROM = 10;

    private RiskAssessment() {
    }

    public static Result assess(Evidence e) {
        List<Factor> factors = new ArrayList<>();
        if (e.earlierReportsBySameVictim() > 0) {
            factors.add(new Factor("repeat-victim", Math.min(8, 2 * e.earlierReportsBySameVictim()),
                    "the same victim reported ASB " + e.earlierReportsBySameVictim() + " time(s) before in 12 months "
                            + "(2 points each, at most 8)"));
        }
        if (e.earlierReportsNearby() > 0) {
            factors.add(new Factor("repeat-location", Math.min(5, e.earlierReportsNearby()),
                    e.earlierReportsNearby() + " other report(s) within 50 m in 90 days (1 point each, at most 5)"));
        }
        for (VulnerabilityFlag flag : e.flags()) {
            factors.add(new Factor("vulnerability", 2, "the victim is recorded as " + flag));
        }
        if (e.qualifier() == Qualifier.PERSONAL) {
            factors.add(new Factor("personal", 2, "the behaviour targets a person or group"));
        }
        if (e.category() == AsbCategory.HATE_RELATED) {
            factors.add(new Factor("hate", 3, "hate-related behaviour"));
        }
        int score = factors.stream().mapToInt(Factor::points).sum();
        Level level = score >= HIGH_FROM ? Level.HIGH : score >= MEDIUM_FROM ? Level.MEDIUM : Level.STANDARD;
        return new Result(score, level, factors);
    }

    /** Working days within which a case of this level must be reviewed. */
    public static int reviewWithinWorkingDays(Level level) {
        return switch (level) {
            case HIGH -> 1;
            case MEDIUM -> 5;
            case STANDARD -> 20;
        };
    }
}
