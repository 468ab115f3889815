package pact.tasking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import pact.support.problem.ProblemException;
import pact.tasking.mapping.CheckInFeedPage;

/**
 * Check-ins in the order they arrived, after a cursor: what a live tasking board follows.
 * Arrival order, not the device's time, so a late check-in is still seen once.
 */
@ApplicationScoped
public class CheckInFeed {
    static final int MAX = 500;

    @Inject
    DataSource dataSource;

    /** The check-ins that arrived after the cursor, oldest first; without a cursor, none and the cursor of now. */
    public CheckInFeedPage after(String cursor) {
        String[] position = cursor == null || cursor.isBlank() ? null : decode(cursor);
        if (position == null) {
            return new CheckInFeedPage(List.of(), encode(Instant.now(), "", ""));
        }
        List<CheckInFeedPage.Item> items;
        try {
            items = read(position);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the check-in feed failed", e);
        }
        if (items.isEmpty()) {
            return new CheckInFeedPage(items, cursor);
        }
        CheckInFeedPage.Item last = items.get(items.size() - 1);
        return new CheckInFeedPage(items, encode(last.receivedAt(), last.officerId().toString(), last.clientId()));
    }

    private List<CheckInFeedPage.Item> read(String[] position) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select officer_id, client_id, at, lat, lon, "
                        + "received_at from check_in where (received_at, officer_id::text, client_id) > (?, ?, ?) "
                        + "order by received_at, officer_id::text, client_id limit " + MAX)) {
            query.setTimestamp(1, Timestamp.from(Instant.parse(position[0])));
            query.setString(2, position[1]);
            query.setString(3, position[2]);
            List<CheckInFeedPage.Item> items = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    items.add(new CheckInFeedPage.Item(UUID.fromString(rows.getString(1)), rows.getString(2),
                            rows.getTimestamp(3).toInstant(), rows.getDouble(4), rows.getDouble(5),
                            rows.getTimestamp(6).toInstant()));
                }
            }
            return items;
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
