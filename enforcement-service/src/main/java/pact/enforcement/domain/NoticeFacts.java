package pact.enforcement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the rules need to know about a notice already on record.
 *
 * @param hasStopRequirement whether it requires the subject to stop something (in force even during an appeal)
 */
public record NoticeFacts(UUID id, NoticeType type, NoticeStatus status, NoticeSubject subject, String conductCode,
        LocalDate issuedOn, LocalDate complyBy, LocalDate appealBy, LocalDate dueDate, LocalDate discountUntil,
        LocalDate proceedingsFrom, BigDecimal amount, BigDecimal discountAmount, java.time.Instant endsAt,
        boolean hasStopRequirement) {
}
