package pact.tasking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import pact.support.problem.ProblemException;
import pact.tasking.config.TaskingConfig;
import pact.tasking.domain.Availability;
import pact.tasking.domain.DutyRoster;
import pact.tasking.domain.Officer;
import pact.tasking.domain.OwnCheckIns;
import pact.support.geo.BritishNationalGrid;
import pact.support.geo.GridPoint;
import pact.tasking.mapping.CheckInBatch;
import pact.tasking.mapping.CheckInBatch.CheckIn;

/**
 * Takes officers' location check-ins, each person only their own ({@link OwnCheckIns}). A batch is
 * stored whole or not at all; a check-in whose client id was seen before is a retry and counts once,
 * unless its content differs (a 409).
 */
@ApplicationScoped
public class CheckInService {

    @Inject
    TaskingConfig config;

    @Inject
    DutyService duty;

    @Inject
    DataSource dataSource;

    @Transactional
    public CheckInBatch.Receipt ingest(UUID officerId, CheckInBatch batch, Instant now, String caller,
            boolean coordinator) {
        Officer officer = Officer.<Officer>findByIdOptional(officerId)
                .orElseThrow(() -> ProblemException.notFound("Officer " + officerId));
        // a named rule, as a 422 is, but a 403: it is about who asks, not what they send
        OwnCheckIns.refusal(officer, caller, coordinator).ifPresent(reason -> {
            throw ProblemException.forbiddenByRule(OwnCheckIns.RULE, reason);
        });
        List<CheckIn> checkIns = batch.checkIns();
        if (checkIns.size() > config.dose().maxBatch()) {
            throw ProblemException.badField("checkIns", "at most " + config.dose().maxBatch() + " in one batch");
        }
        Instant latestAllowed = now.plus(config.dose().clockSkew());
        Map<String, CheckIn> byClientId = new HashMap<>();
        Instant first = checkIns.get(0).at();
        Instant last = first;
        for (int i = 0; i < checkIns.size(); i++) {
            CheckIn c = checkIns.get(i);
            if (c.at().isAfter(latestAllowed)) {
                throw ProblemException.badField("checkIns[" + i + "].at", "is in the future (" + c.at() + ")");
            }
            CheckIn earlier = byClientId.putIfAbsent(c.clientId(), c);
            if (earlier != null && !sameFix(earlier, c.at(), c.lat(), c.lon())) {
                throw ProblemException.badField("checkIns[" + i + "].clientId",
                        "'" + c.clientId() + "' is used twice in this batch for different check-ins");
            }
            first = c.at().isBefore(first) ? c.at() : first;
            last = c.at().isAfter(last) ? c.at() : last;
        }
        // Check-ins may arrive late and out of order: each is judged by its own time against the roster.
        List<DutyRoster.Period> periods = duty.periods(officerId, first, last.plusMillis(1));
        for (int i = 0; i < checkIns.size(); i++) {
            Availability availability = DutyRoster.at(periods, false, checkIns.get(i).at());
            if (availability != Availability.ON_DUTY) {
                throw ProblemException.ruleRefused("on-duty", "checkIns[" + i + "] at " + checkIns.get(i).at()
                        + ": officer " + officer.staffNumber + " was not on duty then ("
                        + availability.name().toLowerCase().replace('_', ' ') + ")");
            }
        }
        try {
            return store(officerId, List.copyOf(byClientId.values()), checkIns.size(), now);
        } catch (SQLException e) {
            throw new IllegalStateException("Storing check-ins failed", e);
        }
    }

    private CheckInBatch.Receipt store(UUID officerId, List<CheckIn> unique, int received, Instant now)
            throws SQLException {
        List<CheckIn> seenBefore = new ArrayList<>();
        // The connection joins the surrounding transaction, so a refusal below rolls the inserts back.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO check_in (officer_id, client_id, at, lat, lon, accuracy_m, easting, northing,
                                              received_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (officer_id, client_id) DO NOTHING""")) {
            Timestamp receivedAt = Timestamp.from(now);
            for (CheckIn c : unique) {
                GridPoint bng = BritishNationalGrid.toGrid(c.lat(), c.lon());
                insert.setObject(1, officerId);
                insert.setString(2, c.clientId());
                insert.setTimestamp(3, Timestamp.from(c.at()));
                insert.setDouble(4, c.lat());
                insert.setDouble(5, c.lon());
                insert.setDouble(6, c.accuracyMetres());
                insert.setDouble(7, bng.easting());
                insert.setDouble(8, bng.northing());
                insert.setTimestamp(9, receivedAt);
                insert.addBatch();
            }
            int[] counts = insert.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    seenBefore.add(unique.get(i));
                }
            }
            if (!seenBefore.isEmpty()) {
                checkRetriesMatch(connection, officerId, seenBefore);
            }
        }
        return new CheckInBatch.Receipt(received, unique.size() - seenBefore.size(),
                received - (unique.size() - seenBefore.size()));
    }

    private static void checkRetriesMatch(Connection connection, UUID officerId, List<CheckIn> retries)
            throws SQLException {
        Map<String, CheckIn> wanted = new HashMap<>();
        retries.forEach(c -> wanted.put(c.clientId(), c));
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT client_id, at, lat, lon FROM check_in WHERE officer_id = ? AND client_id = ANY (?)")) {
            select.setObject(1, officerId);
            select.setArray(2, connection.createArrayOf("varchar", wanted.keySet().toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    CheckIn retry = wanted.get(rows.getString(1));
                    CheckIn stored = new CheckIn(retry.clientId(), rows.getTimestamp(2).toInstant(), rows.getDouble(3),
                            rows.getDouble(4), 0.0);
                    if (!sameFix(stored, retry.at(), retry.lat(), retry.lon())) {
                        throw ProblemException.conflict("Check-in '" + retry.clientId()
                                + "' was received before with a different time or place; a retry must resend it"
                                + " unchanged");
                    }
                }
            }
        }
    }

    private static boolean sameFix(CheckIn c, Instant at, double lat, double lon) {
        return c.at().equals(at) && Math.abs(c.lat() - lat) < 1e-9 && Math.abs(c.lon() - lon) < 1e-9;
    }
}
