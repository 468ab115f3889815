package pact.enforcement.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import pact.enforcement.domain.Notice;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.Payment;
import pact.enforcement.domain.lifecycle.PaymentRule;
import pact.enforcement.mapping.PaymentRequest;
import pact.enforcement.mapping.PaymentView;
import pact.support.problem.ProblemException;

/** Records penalty payments: once per Idempotency-Key, for the amount due on the day paid. */
@ApplicationScoped
public class RecordPayment {

    @Inject
    LegalParameterService law;

    @Inject
    AuditLog audit;

    @Inject
    Idempotency idempotency;

    @Inject
    ChangeFeed feed;

    @Inject
    EntityManager em;

    @Transactional
    public Idempotency.Answer pay(UUID id, PaymentRequest request, Long ifMatch, String idempotencyKey, Caller caller,
            String basePath) {
        Optional<Idempotency.Answer> earlier = idempotency.replay(caller, idempotencyKey, request);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Notice notice = NoticeVersions.locked(id, ifMatch);
        if (!notice.type.isPenalty()) {
            throw ProblemException.ruleRefused("payment-record", "A " + notice.type + " carries no penalty to pay");
        }
        PaymentRule.check(notice.facts(), request.amount(), request.paidOn(), law.current()).ifPresent(refusal -> {
            throw ProblemException.ruleRefused(refusal.rule(), refusal.reason());
        });
        if (Payment.count("channel = ?1 and reference = ?2", request.channel().name(), request.reference()) > 0) {
            throw ProblemException.conflict("Payment reference " + request.reference() + " (" + request.channel()
                    + ") is already recorded");
        }
        Payment payment = new Payment();
        payment.id = UUID.randomUUID();
        payment.noticeId = id;
        payment.amount = NoticeVersions.money(request.amount());
        payment.paidOn = request.paidOn();
        payment.channel = request.channel().name();
        payment.reference = request.reference();
        payment.recordedBy = caller.name();
        payment.recordedAt = Instant.now();
        payment.persist();
        NoticeStatus from = notice.status;
        notice.status = NoticeStatus.PAID;
        notice.statusChangedAt = payment.recordedAt;
        em.flush();
        feed.record(notice, "PAYMENT");
        audit.record(caller, AuditLog.Action.ALTER, AuditLog.NOTICE, id.toString(), "payment",
                from + " -> PAID: £" + request.amount().toPlainString() + " on " + request.paidOn() + " via "
                        + request.channel() + " ref " + request.reference());
        return idempotency.remember(caller, idempotencyKey, request, 201,
                basePath + "/" + id + "/payments/" + payment.id, PaymentView.of(payment));
    }

    @Transactional
    public List<PaymentView> payments(UUID id, Caller caller) {
        Notice.<Notice>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Notice " + id));
        audit.reads(caller, "payment", List.of(id), "payments of notice");
        return Payment.<Payment>list("noticeId", Sort.by("recordedAt"), id).stream().map(PaymentView::of).toList();
    }
}
