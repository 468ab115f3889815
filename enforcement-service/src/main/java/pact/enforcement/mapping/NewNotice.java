package pact.enforcement.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import pact.enforcement.domain.NoticeType;

/** What an officer, or a Met system on an officer's behalf, sends to record a notice. */
public record NewNotice(
        @NotNull NoticeType type,
        @NotNull @Valid Subject subject,
        @NotNull @Valid IssuingOfficer issuingOfficer,
        @NotBlank @Size(max = 4000) String conduct,
        @NotNull @Valid GeoPoint location,
        @NotNull @PastOrPresent OffsetDateTime issuedAt) {
}
