package pact.enforcement.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import pact.enforcement.domain.pspo.PspoStatus;

/** An order in the register with its area, prohibitions and consultations. */
public record PspoOrderView(String id, String name, String areaDescription, JsonNode area, PspoStatus status,
        LocalDate madeOn, LocalDate lastDecisionOn, LocalDate activeFrom, LocalDate activeTo, String source,
        List<ProhibitionView> prohibitions, List<ConsultationView> consultations, List<PspoStatus> nextStatuses,
        long version,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "When the order cannot support a "
                + "penalty for want of a mapped area, why") String areaNote) {

    /** What the register says of an order with no mapped area. */
    public static final String NO_AREA_NOTE = "No map of this order's area is on record: the order's plan exists only "
            + "in the council's order document and has not been digitised. No fixed penalty can rest on this order "
            + "until the legal team registers the order with its area (POST /api/v1/pspos with the area as GeoJSON).";

    /** A prohibition as returned. */
    public record ProhibitionView(String code, String wording, LocalTime from, LocalTime to) {
    }

    /** A consultation record. */
    public record ConsultationView(UUID id, String consultees, LocalDate openedOn, LocalDate closedOn, String summary,
            String recordedBy) {
    }
}
