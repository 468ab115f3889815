package pact.enforcement.mapping;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import pact.support.validation.CleanText;
import pact.support.validation.PlausibleEventTime;

/**
 * A reference to evidence held elsewhere: a CCTV camera and time range, a body-worn video id,
 * or a photo; the footage itself never passes through this service.
 */
public record Evidence(@NotNull Kind kind, @Size(max = 100) String cameraId, @PlausibleEventTime OffsetDateTime from,
        @PlausibleEventTime OffsetDateTime to, @Size(max = 200) @CleanText String reference) {

    /** What sort of evidence is referenced. */
    public enum Kind {
        CCTV,
        BODY_WORN_VIDEO,
        PHOTO,
        STATEMENT
    }
}
