package pact.support.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void a_refused_or_lost_connection_anywhere_in_the_chain_is_the_database_being_unavailable() {
        assertTrue(DatabaseUnavailable.causedBy(new PersistenceException("could not prepare",
                new SQLException("Connection to 127.0.0.1:5441 refused", "08001"))));
        assertTrue(DatabaseUnavailable.causedBy(new IllegalStateException("Storing check-ins failed",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))));
        assertTrue(DatabaseUnavailable.causedBy(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseUnavailable.causedBy(new SQLException("terminating connection due to administrator "
                + "command", "57P01")));
        assertTrue(DatabaseUnavailable.causedBy(new JDBCConnectionException("could not execute", new SQLException())));
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseUnavailable.causedBy(new SQLException("Sorry, acquisition timeout!")));
    }

    @Test
    void a_commit_the_database_died_under_is_too_though_the_connection_failure_is_only_suppressed() {
        // as Narayana reports it: RollbackException, with the XAException of the failed commit suppressed
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new Exception("Error trying to transactionCommit local transaction",
                new SQLException("FATAL: terminating connection due to unexpected postmaster exit", "57P01")));
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException("Error invoking subclass method", rollback)));
        Exception other = new Exception("Could not commit");
        other.addSuppressed(new IllegalStateException("a bug"));
        assertFalse(DatabaseUnavailable.causedBy(new RuntimeException(other)));
    }

    @Test
    void a_refused_statement_or_a_bug_is_not() {
        assertFalse(DatabaseUnavailable.causedBy(new ConstraintViolationException("duplicate key",
                new SQLException("duplicate key value", "23505"), "report_pkey")));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseUnavailable.causedBy(new NullPointerException()));
        assertFalse(DatabaseUnavailable.causedBy(new IllegalStateException("x", new SQLException("no state"))));
    }
}
