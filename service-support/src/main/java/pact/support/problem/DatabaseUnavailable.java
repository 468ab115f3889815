package pact.support.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Whether a failure means the service's database cannot be reached (down, restarting, shutting
 * down, or the pool could not get a connection in time): the client should try again later (503
 * with Retry-After), which is not the server's bug that a 500 would report.
 */
final class DatabaseUnavailable {
    static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    static boolean causedBy(Throwable failure) {
        return reason(failure) != null;
    }

    /** The failure in the chain that shows it (its first 200 characters), or null. */
    static String reason(Throwable failure) {
        String reason = find(failure);
        return reason == null || reason.length() <= 200 ? reason : reason.substring(0, 200) + "...";
    }

    /**
     * Looks along the causes and at what each suppressed: a commit the database died under arrives
     * as a RollbackException whose connection failure is a suppressed XAException's cause.
     */
    private static String find(Throwable failure) {
        Deque<Throwable> toSee = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        toSee.add(failure);
        while (!toSee.isEmpty() && seen.size() < 40) {
            Throwable t = toSee.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            String reason = shows(t);
            if (reason != null) {
                return reason;
            }
            if (t.getCause() != null) {
                toSee.add(t.getCause());
            }
            toSee.addAll(Arrays.asList(t.getSuppressed()));
        }
        return null;
    }

    private static String shows(Throwable t) {
        if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
            return "SQLState " + sql.getSQLState() + ": " + sql.getMessage();
        }
        if (t instanceof SQLTransientConnectionException || t instanceof ConnectException
                || t instanceof JDBCConnectionException) {
            return t.getClass().getSimpleName() + ": " + t.getMessage();
        }
        if (t instanceof SQLException sql && sql.getMessage() != null
                && sql.getMessage().contains("acquisition timeout")) {
            // Agroal: every connection is busy or broken and none could be made in time
            return sql.getMessage();
        }
        return null;
    }

    /**
     * SQL class 08 (connection exception) and PostgreSQL's 57P01-57P03 (admin shutdown, crash
     * shutdown, cannot connect now: the server is starting or recovering).
     */
    static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
