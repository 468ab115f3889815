package pact.enforcement.service;

import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import pact.enforcement.domain.Notice;
import pact.support.problem.Problem;
import pact.support.problem.ProblemException;

/** Locks a notice for a change and checks the version the client last read (If-Match). */
final class NoticeVersions {

    private NoticeVersions() {
    }

    /** The notice, locked; a version given must be the current one. */
    static Notice locked(UUID id, Long ifMatch) {
        Notice notice = Notice.<Notice>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Notice " + id));
        if (ifMatch != null && ifMatch != notice.version) {
            throw new ProblemException(Problem.of(412, "Precondition Failed", "The notice has changed since that "
                    + "version; it is now at version " + notice.version + ". Read it again and retry."));
        }
        return notice;
    }

    /** As {@link #locked}, but the version is required: a change never overwrites one the client has not seen. */
    static Notice lockedForChange(UUID id, Long ifMatch) {
        if (ifMatch == null) {
            throw new ProblemException(Problem.of(428, "Precondition Required",
                    "Send If-Match with the notice's ETag so that a change never overwrites one you have not seen"));
        }
        return locked(id, ifMatch);
    }

    /** Pounds and pence, as stored, so that an answer reads the same before and after a reload. */
    static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }
}
