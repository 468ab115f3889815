package pact.enforcement.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import pact.enforcement.domain.NoticeDraft;
import pact.enforcement.domain.pspo.GeoJson;
import pact.enforcement.domain.pspo.LiveOrder;
import pact.enforcement.domain.pspo.Prohibition;
import pact.enforcement.domain.pspo.PspoOrder;
import pact.enforcement.domain.pspo.PspoProhibitionRow;

/**
 * Answers "which orders apply at this point and time, for this behaviour" from an in-memory
 * snapshot of prepared geometries, reloaded only after an order changes (the register is small
 * and rarely changes; every penalty asks it).
 */
@ApplicationScoped
public class PspoRegister {

    /** An order that applies, and the prohibition that the behaviour breaches. */
    @Schema(name = "ApplicableProhibition")
    public record Match(String orderId, String orderName, String prohibitionCode, String wording) {
    }

    /** Fired inside a transaction that changed the register; the snapshot is dropped once it commits. */
    public record Changed() {
    }

    private volatile List<LiveOrder> snapshot;

    public List<Match> applicable(double lat, double lon, Instant at, String behaviour) {
        Point point = GeoJson.FACTORY.createPoint(new Coordinate(lon, lat));
        LocalDateTime local = LocalDateTime.ofInstant(at, NoticeDraft.LONDON);
        List<Match> matches = new ArrayList<>();
        for (LiveOrder order : orders()) {
            order.applies(point, local, behaviour).ifPresent(
                    p -> matches.add(new Match(order.id(), order.name(), p.code(), p.wording())));
        }
        return matches;
    }

    /**
     * Why no order applies, in words, one per order that came closest: the orders that cover the
     * place (expired, not yet in force, not this behaviour, other hours) or, when none does, that the
     * place is outside every mapped order, and the orders that have no map.
     */
    public List<String> whyNot(double lat, double lon, Instant at, String behaviour, String orderId) {
        Point point = GeoJson.FACTORY.createPoint(new Coordinate(lon, lat));
        LocalDateTime local = LocalDateTime.ofInstant(at, NoticeDraft.LONDON);
        List<String> reasons = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        for (LiveOrder order : orders()) {
            if (orderId != null && !orderId.equals(order.id())) {
                continue;
            }
            order.miss(point, local, behaviour).ifPresent(miss -> {
                if (miss == LiveOrder.Miss.OUTSIDE_AREA) {
                    outside.add(order.name());
                } else {
                    reasons.add(order.explain(miss, behaviour));
                }
            });
        }
        if (!outside.isEmpty()) {
            reasons.add(0, "the place is outside the area of " + String.join(", ", outside));
        }
        if (orderId != null && reasons.isEmpty() && orders().stream().noneMatch(o -> o.id().equals(orderId))) {
            reasons.add("no order " + orderId + " is on the register");
        }
        return reasons;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed event) {
        snapshot = null;
    }

    List<LiveOrder> orders() {
        List<LiveOrder> current = snapshot;
        if (current == null) {
            current = load();
            snapshot = current;
        }
        return current;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<LiveOrder> load() {
        Map<String, List<Prohibition>> prohibitions = PspoProhibitionRow.<PspoProhibitionRow>listAll().stream()
                .collect(Collectors.groupingBy(row -> row.key.orderId,
                        Collectors.mapping(PspoProhibitionRow::toProhibition, Collectors.toList())));
        PreparedGeometryFactory prepared = new PreparedGeometryFactory();
        return PspoOrder.<PspoOrder>listAll().stream().map(o -> new LiveOrder(o.id, o.name, o.status, o.activeFrom,
                o.activeTo, o.areaGeoJson == null ? null : prepared.create(GeoJson.read(readTree(o.areaGeoJson))),
                prohibitions.getOrDefault(o.id, List.of()))).toList();
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Stored area unreadable", e);
        }
    }

}
