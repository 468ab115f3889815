package pact.enforcement.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pact.enforcement.domain.NoticeType;
import pact.support.api.GeoPoint;
import pact.support.validation.CleanText;
import pact.support.validation.PlausibleEventTime;
import pact.support.validation.PlausiblePlanTime;

/** What an officer, or a Met system on an officer's behalf, sends to record a notice. */
public record NoticeRequest(
        @NotNull NoticeType type,
        @NotNull @Valid Subject subject,
        @Schema(description = "Left out by an officer (the login says who they are); a Met system names the officer "
                + "it submits for. Naming another officer than the one signed in is refused (403).")
        @Valid IssuingOfficer issuingOfficer,
        @NotBlank @Size(max = 4000) @CleanText String conduct,
        @Schema(description = "ASB type code of the conduct; a CPN is matched with a warning for the same code",
                example = "STREET_DRINKING")
        @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be an upper-case code such as STREET_DRINKING")
        String conductCode,
        @Size(max = 20) List<@Valid @NotNull Requirement> requirements,
        @NotNull @Valid GeoPoint location,
        @Size(max = 300) @CleanText String locationDescription,
        @NotNull @PastOrPresent @PlausibleEventTime OffsetDateTime issuedAt,
        @Schema(description = "When the offence happened (penalties); defaults to issuedAt")
        @PastOrPresent @PlausibleEventTime OffsetDateTime offenceAt,
        @Schema(description = "For a warning: the last day of the time allowed to comply") @PlausiblePlanTime LocalDate complyBy,
        @Schema(description = "For a CPN-breach penalty: the breached CPN") UUID relatedNoticeId,
        UUID reportId,
        UUID taskId,
        @Size(max = 20) List<@Valid @NotNull Evidence> evidence,
        @Size(max = 64) String pspoOrderId,
        @Schema(description = "For a PSPO penalty: the prohibition code breached", example = "ALCOHOL_FAIL_TO_SURRENDER")
        @Size(max = 64) String behaviourCode,
        @Schema(description = "Penalty amount in pounds; defaults to the configured amount")
        @jakarta.validation.constraints.Digits(integer = 6, fraction = 2) BigDecimal amount,
        @Schema(description = "When a dispersal direction or closure notice ends (a dispersal at most 48 hours after "
                + "issue; a closure 24, or 48 when a superintendent or the council's chief executive authorised it)")
        @PlausiblePlanTime OffsetDateTime endsAt,
        @Schema(description = "For a closure notice: who authorised it and in what rank or office")
        @Valid ClosureAuthorisation authorisation) {
}
