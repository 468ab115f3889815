package pact.enforcement.mapping;

import java.time.Instant;
import java.util.UUID;
import pact.enforcement.domain.NoticeStatus;

/** One change in the feed; {@code notice} is the notice as it stands now. */
public record ChangeView(String cursor, UUID noticeId, String change, NoticeStatus status, long version, Instant at,
        NoticeRecord notice) {
}
