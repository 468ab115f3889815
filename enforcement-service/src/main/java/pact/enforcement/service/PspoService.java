package pact.enforcement.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import pact.enforcement.domain.pspo.GeoJson;
import pact.enforcement.domain.pspo.PspoConsultation;
import pact.enforcement.domain.pspo.PspoEvent;
import pact.enforcement.domain.pspo.PspoOrder;
import pact.enforcement.domain.pspo.PspoOrderRules;
import pact.enforcement.domain.pspo.PspoProhibitionRow;
import pact.enforcement.domain.pspo.PspoStatus;
import pact.enforcement.mapping.ConsultationRequest;
import pact.enforcement.mapping.NoticeRecord;
import pact.enforcement.mapping.PspoOrderRequest;
import pact.enforcement.mapping.PspoOrderView;
import pact.enforcement.mapping.PspoStatusRequest;
import pact.support.problem.Problem;
import pact.support.problem.ProblemException;

/** The PSPO register's write side: drafting, consultation records and lifecycle steps, each checked by the order rules. */
@ApplicationScoped
public class PspoService {

    @Inject
    LegalParameterService law;

    @Inject
    AuditLog audit;

    @Inject
    Idempotency idempotency;

    @Inject
    Event<PspoRegister.Changed> changed;

    @Transactional
    public Idempotency.Answer create(PspoOrderRequest request, Caller caller, String idempotencyKey, String basePath) {
        Optional<Idempotency.Answer> earlier = idempotency.replay(caller, idempotencyKey, request);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (PspoOrder.findById(request.id()) != null) {
            throw ProblemException.conflict("An order with id " + request.id() + " already exists");
        }
        String area = validArea(request);
        if (request.activeFrom() != null || request.activeTo() != null) {
            PspoOrderRules.duration(request.activeFrom(), request.activeTo(), law.current()).ifPresent(r -> {
                throw ProblemException.ruleRefused(r.rule(), r.reason());
            });
        }
        PspoOrder order = new PspoOrder();
        order.id = request.id();
        order.name = request.name().strip();
        order.areaDescription = request.areaDescription().strip();
        order.areaGeoJson = area;
        order.status = PspoStatus.DRAFT;
        order.activeFrom = request.activeFrom();
        order.activeTo = request.activeTo();
        order.source = request.source();
        order.updatedAt = Instant.now();
        order.persist();
        for (int i = 0; i < request.prohibitions().size(); i++) {
            PspoOrderRequest.ProhibitionInput p = request.prohibitions().get(i);
            if ((p.from() == null) != (p.to() == null)) {
                throw ProblemException.badField("prohibitions[" + i + "].to", "give both from and to, or neither");
            }
            if (PspoProhibitionRow.findById(new PspoProhibitionRow.Key(order.id, p.code())) != null) {
                throw ProblemException.badField("prohibitions[" + i + "].code", "is listed twice");
            }
            PspoProhibitionRow row = new PspoProhibitionRow();
            row.key = new PspoProhibitionRow.Key(order.id, p.code());
            row.wording = p.wording().strip();
            row.timeFrom = p.from();
            row.timeTo = p.to();
            row.persist();
        }
        event(order, null, PspoStatus.DRAFT, order.updatedAt.atZone(pact.enforcement.domain.NoticeDraft.LONDON)
                .toLocalDate(), caller, "drafted");
        audit.record(caller, AuditLog.Action.COLLECT, "pspo", order.id, "order drafted", order.name);
        PspoOrder.flush();
        return idempotency.remember(caller, idempotencyKey, request, 201, basePath + "/" + order.id, view(order));
    }

    private static String validArea(PspoOrderRequest request) {
        try {
            GeoJson.read(request.area());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("area", e.getMessage());
        }
        return NoticeRecord.write(request.area());
    }

    @Transactional
    public PspoOrderView addConsultation(String id, ConsultationRequest request, Caller caller) {
        PspoOrder order = require(id, LockModeType.PESSIMISTIC_WRITE);
        if (request.closedOn() != null && request.closedOn().isBefore(request.openedOn())) {
            throw ProblemException.badField("closedOn", "is before openedOn");
        }
        PspoConsultation consultation = new PspoConsultation();
        consultation.id = UUID.randomUUID();
        consultation.orderId = id;
        consultation.consultees = request.consultees().strip();
        consultation.openedOn = request.openedOn();
        consultation.closedOn = request.closedOn();
        consultation.summary = request.summary();
        consultation.recordedBy = caller.name();
        consultation.persist();
        order.updatedAt = Instant.now();
        audit.record(caller, AuditLog.Action.ALTER, "pspo", id, "consultation recorded", consultation.consultees);
        PspoOrder.flush();
        return view(order);
    }

    @Transactional
    public PspoOrderView changeStatus(String id, PspoStatusRequest request, Long ifMatch, Caller caller) {
        if (ifMatch == null) {
            throw new ProblemException(Problem.of(428, "Precondition Required", "Send If-Match with the order's ETag"));
        }
        PspoOrder order = require(id, LockModeType.PESSIMISTIC_WRITE);
        if (ifMatch != order.version) {
            throw new ProblemException(Problem.of(412, "Precondition Failed",
                    "The order has changed; it is now at version " + order.version));
        }
        var activeFrom = request.activeFrom() != null ? request.activeFrom() : order.activeFrom;
        var activeTo = request.activeTo() != null ? request.activeTo() : order.activeTo;
        if (request.status() == PspoStatus.MADE && activeFrom == null) {
            activeFrom = request.on();
        }
        List<PspoOrderRules.Consultation> consultations = PspoConsultation.<PspoConsultation>list("orderId", id).stream()
                .map(c -> new PspoOrderRules.Consultation(c.openedOn, c.closedOn)).toList();
        PspoOrderRules.check(new PspoOrderRules.Change(order.status, request.status(), request.on(), activeFrom,
                activeTo, order.lastDecisionOn, consultations), law.current()).ifPresent(r -> {
                    throw ProblemException.ruleRefused(r.rule(), r.reason());
                });
        PspoStatus from = order.status;
        order.status = request.status();
        switch (request.status()) {
            case MADE -> {
                order.madeOn = request.on();
                order.lastDecisionOn = request.on();
                order.activeFrom = activeFrom;
                order.activeTo = activeTo;
            }
            case VARIED -> order.lastDecisionOn = request.on();
            case EXTENDED -> {
                order.lastDecisionOn = request.on();
                order.activeTo = activeTo;
            }
            case DISCHARGED, EXPIRED -> order.activeTo = order.activeTo == null || order.activeTo.isAfter(request.on())
                    ? request.on() : order.activeTo;
            default -> {
            }
        }
        order.updatedAt = Instant.now();
        event(order, from, request.status(), request.on(), caller, request.note());
        audit.record(caller, AuditLog.Action.ALTER, "pspo", id, "order " + request.status(),
                from + " -> " + request.status() + " on " + request.on());
        PspoOrder.flush();
        changed.fire(new PspoRegister.Changed());
        return view(order);
    }

    private static void event(PspoOrder order, PspoStatus from, PspoStatus to, java.time.LocalDate on, Caller caller,
            String note) {
        PspoEvent event = new PspoEvent();
        event.orderId = order.id;
        event.fromStatus = from;
        event.toStatus = to;
        event.onDate = on;
        event.byWhom = caller.name();
        event.note = note;
        event.at = Instant.now();
        event.persist();
    }

    /** One committed version of an order. */
    @Schema(name = "PspoVersion")
    public record Version(Number revision, Instant committedAt, PspoStatus status, String name, String areaDescription,
            java.time.LocalDate activeFrom, java.time.LocalDate activeTo, java.time.LocalDate lastDecisionOn) {
    }

    @Inject
    jakarta.persistence.EntityManager em;

    @Transactional
    public List<Version> history(String id) {
        var reader = org.hibernate.envers.AuditReaderFactory.get(em);
        List<Number> revisions = reader.getRevisions(PspoOrder.class, id);
        if (revisions.isEmpty()) {
            throw ProblemException.notFound("Order " + id);
        }
        return revisions.stream().map(rev -> {
            PspoOrder o = reader.find(PspoOrder.class, id, rev);
            return new Version(rev, reader.getRevisionDate(rev).toInstant(), o.status, o.name, o.areaDescription,
                    o.activeFrom, o.activeTo, o.lastDecisionOn);
        }).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PspoOrderView> list() {
        return PspoOrder.<PspoOrder>listAll(Sort.by("id")).stream().map(PspoService::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PspoOrderView get(String id) {
        return view(require(id, LockModeType.NONE));
    }

    private static PspoOrder require(String id, LockModeType lock) {
        return PspoOrder.<PspoOrder>findByIdOptional(id, lock).orElseThrow(() -> ProblemException.notFound("Order " + id));
    }

    static PspoOrderView view(PspoOrder o) {
        var prohibitions = PspoProhibitionRow.<PspoProhibitionRow>list("key.orderId", Sort.by("key.code"), o.id).stream()
                .map(p -> new PspoOrderView.ProhibitionView(p.key.code, p.wording, p.timeFrom, p.timeTo)).toList();
        var consultations = PspoConsultation.<PspoConsultation>list("orderId", Sort.by("openedOn"), o.id).stream()
                .map(c -> new PspoOrderView.ConsultationView(c.id, c.consultees, c.openedOn, c.closedOn, c.summary,
                        c.recordedBy)).toList();
        return new PspoOrderView(o.id, o.name, o.areaDescription,
                o.areaGeoJson == null ? null : PspoRegister.readTree(o.areaGeoJson), o.status, o.madeOn,
                o.lastDecisionOn, o.activeFrom, o.activeTo, o.source, prohibitions, consultations,
                PspoOrderRules.next(o.status).stream().sorted().toList(), o.version,
                o.areaGeoJson == null ? PspoOrderView.NO_AREA_NOTE : null);
    }
}
