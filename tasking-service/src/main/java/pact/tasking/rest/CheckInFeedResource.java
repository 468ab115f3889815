package pact.tasking.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pact.support.problem.ProblemException;
import pact.support.security.Roles;

/**
 * Check-ins in the order they arrived, after a cursor: what a live tasking board follows.
 * Arrival order, not the device's time, so a late check-in is still seen once.
 */
@Path("/api/check-ins")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Patrol dose")
public class CheckInFeedResource {
    static final int MAX = 500;

    @Inject
    DataSource dataSource;

    /** One check-in as the feed gives it. */
    public record FeedItem(UUID officerId, String clientId, Instant at, double lat, double lon, Instant receivedAt) {
    }

    /** A page of the feed and the cursor to ask from next. */
    public record Feed(List<FeedItem> items, String nextCursor) {
    }

    @GET
    @RolesAllowed({Roles.TASKING_COORDINATOR, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.COUNCIL_OFFICER})
    @Operation(summary = "Check-ins that arrived after the cursor, oldest first (at most 500); without a cursor, "
            + "none, and the cursor of now")
    public Feed feed(@QueryParam("after") String after) throws SQLException {
        String[] cursor = after == null || after.isBlank() ? null : decode(after);
        try (Connection connection = dataSource.getConnection()) {
            if (cursor == null) {
                return new Feed(List.of(), encode(Instant.now(), "", ""));
            }
            try (PreparedStatement query = connection.prepareStatement("select officer_id, client_id, at, lat, lon, "
                    + "received_at from check_in where (received_at, officer_id::text, client_id) > (?, ?, ?) "
                    + "order by received_at, officer_id::text, client_id limit " + MAX)) {
                query.setTimestamp(1, Timestamp.from(Instant.parse(cursor[0])));
                query.setString(2, cursor[1]);
                query.setString(3, cursor[2]);
                List<FeedItem> items = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        items.add(new FeedItem(UUID.fromString(rows.getString(1)), rows.getString(2),
                                rows.getTimestamp(3).toInstant(), rows.getDouble(4), rows.getDouble(5),
                                rows.getTimestamp(6).toInstant()));
                    }
                }
                if (items.isEmpty()) {
                    return new Feed(items, after);
                }
                FeedItem last = items.get(items.size() - 1);
                return new Feed(items, encode(last.receivedAt(), last.officerId().toString(), last.clientId()));
            }
        }
    }

    static String encode(Instant at, String officer, String client) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((at + "|" + officer + "|" + client).getBytes());
    }

    static String[] decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor)).split("\\|", -1);
            Instant.parse(parts[0]);
            if (parts.length != 3) {
                throw new IllegalArgumentException();
            }
            return parts;
        } catch (RuntimeException e) {
            throw ProblemException.badField("after", "is not a cursor this feed gave out");
        }
    }
}
