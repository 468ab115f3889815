package pact.enforcement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the rules need to know about a notice already on record.
 *
 * @param requirementKinds the kinds of its requirements, in the order numbered on the notice
 * @param appealLodgedOn the day an appeal was lodged, or null
 * @param breach the breach recorded, or null
 */
public record NoticeFacts(UUID id, NoticeType type, NoticeStatus status, NoticeSubject subject, String conductCode,
        LocalDate issuedOn, LocalDate complyBy, LocalDate appealBy, LocalDate dueDate, LocalDate discountUntil,
        LocalDate proceedingsFrom, BigDecimal amount, BigDecimal discountAmount, java.time.Instant endsAt,
        List<RequirementKind> requirementKinds, LocalDate appealLodgedOn, Breach breach) {

    public NoticeFacts {
        requirementKinds = requirementKinds == null ? List.of() : List.copyOf(requirementKinds);
    }

    /** Whether it requires the subject to stop something (in force even during an appeal). */
    public boolean hasStopRequirement() {
        return requirementKinds.contains(RequirementKind.STOP);
    }

    /** The kind of requirement number {@code n} (from 1), or null when it has no such requirement. */
    public RequirementKind requirement(int n) {
        return n >= 1 && n <= requirementKinds.size() ? requirementKinds.get(n - 1) : null;
    }
}
