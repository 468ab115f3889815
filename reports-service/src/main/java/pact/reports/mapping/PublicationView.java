package pact.reports.mapping;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import pact.reports.domain.IntakeChannel;
import pact.reports.domain.PublicationChange;

/**
 * Whether a report is on the public Open311 feed and why: its intake channel, staff's choice
 * (null when none), the reason it can never be public (if any), and every decision made.
 */
public record PublicationView(UUID reportId, IntakeChannel intakeChannel, Boolean published,
        boolean inPublicFeed, String neverPublicBecause, long version, List<Decision> decisions) {

    /** One decision by staff: who, when and why. */
    public record Decision(boolean published, String changedBy, Instant changedAt, String reason) {
        public static Decision of(PublicationChange c) {
            return new Decision(c.published, c.changedBy, c.changedAt, c.reason);
        }
    }
}
