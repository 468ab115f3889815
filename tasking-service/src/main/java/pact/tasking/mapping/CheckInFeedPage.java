package pact.tasking.mapping;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A page of the check-in feed and the cursor to ask from next. */
public record CheckInFeedPage(List<Item> items, String nextCursor) {

    /** One check-in as the feed gives it. */
    public record Item(UUID officerId, String clientId, Instant at, double lat, double lon, Instant receivedAt) {
    }
}
