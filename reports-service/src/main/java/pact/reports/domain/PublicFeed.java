package pact.reports.domain;

import java.util.Optional;

/**
 * Rule public-feed: which reports the anonymous Open311 feed may show, with their description,
 * address and exact location. A report is public when it came in through Open311 or staff
 * published it (and staff did not withdraw it), and never when it concerns a person: targeted
 * (the PERSONAL qualifier or a named victim), hate-related, or with any vulnerability flag.
 */
public final class PublicFeed {
    public static final String RULE = "public-feed";

    private PublicFeed() {
    }

    /** Why the report may never be public, whatever staff choose; empty when it may be. */
    public static Optional<String> neverPublicBecause(Report report) {
        if (report.category == AsbCategory.HATE_RELATED
                || report.vulnerabilityFlags.contains(VulnerabilityFlag.TARGETED_FOR_IDENTITY)) {
            return Optional.of("it is hate-related");
        }
        if (report.qualifier == Qualifier.PERSONAL || report.victimKey != null || report.victimName != null) {
            return Optional.of("it is about a targeted person");
        }
        if (!report.vulnerabilityFlags.isEmpty()) {
            return Optional.of("it records a vulnerable person");
        }
        return Optional.empty();
    }

    /** Whether the report appears in the public feed now. */
    public static boolean shows(Report report) {
        if (neverPublicBecause(report).isPresent()) {
            return false;
        }
        return report.published != null ? report.published : report.intakeChannel == IntakeChannel.OPEN311;
    }
}
