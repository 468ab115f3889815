package pact.enforcement.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pact.support.validation.CleanText;

/** A new order, drafted by the legal team. */
public record PspoOrderRequest(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,63}", message = "must be a lower-case slug such as soho-night-drinking")
        String id,
        @NotBlank @Size(max = 300) @CleanText String name,
        @NotBlank @Size(max = 1000) @CleanText String areaDescription,
        @Schema(description = "GeoJSON Polygon, MultiPolygon, Feature or FeatureCollection in WGS84") @NotNull JsonNode area,
        @NotEmpty @Size(max = 30) List<@Valid @NotNull ProhibitionInput> prohibitions,
        LocalDate activeFrom,
        LocalDate activeTo,
        @Size(max = 500) String source) {

    /** One prohibition; {@code from}/{@code to} limit it to hours of the day (both or neither). */
    public record ProhibitionInput(
            @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}", message = "must be an upper-case code") String code,
            @NotBlank @Size(max = 2000) @CleanText String wording,
            LocalTime from,
            LocalTime to) {
    }
}
