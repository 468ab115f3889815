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
        long version) {

    /** A prohibition as returned. */
    public record ProhibitionView(String code, String wording, LocalTime from, LocalTime to) {
    }

    /** A consultation record. */
    public record ConsultationView(UUID id, String consultees, LocalDate openedOn, LocalDate closedOn, String summary,
            String recordedBy) {
    }
}
