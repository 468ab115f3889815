package pact.enforcement.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import pact.enforcement.domain.Payment;

/** A recorded payment. */
public record PaymentView(UUID id, UUID noticeId, BigDecimal amount, LocalDate paidOn, String channel, String reference,
        String recordedBy, Instant recordedAt) {

    public static PaymentView of(Payment p) {
        return new PaymentView(p.id, p.noticeId, p.amount, p.paidOn, p.channel, p.reference, p.recordedBy, p.recordedAt);
    }
}
