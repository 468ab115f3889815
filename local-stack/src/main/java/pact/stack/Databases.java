package pact.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import pact.stack.StackLayout.App;

/**
 * One real PostgreSQL server per service (binaries from Maven Central), each with its own
 * database and login, data kept on disk across restarts. The embedded binaries' defaults are for
 * throwaway test databases (fsync, synchronous commit and full-page writes off); the stack keeps
 * its data, so it turns them back on: a write the platform acknowledged survives a crash.
 */
final class Databases implements AutoCloseable {
    private final Map<App, EmbeddedPostgres> servers = new EnumMap<>(App.class);

    /** The JDBC settings a service is started with. */
    record Connection(String jdbcUrl, String username, String password) {
    }

    Connection start(StackLayout layout, App app) {
        try {
            Files.createDirectories(layout.databaseDir(app));
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(layout.databaseDir(app))
                    .setCleanDataDirectory(false)
                    .setPort(layout.databasePort(app))
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            servers.put(app, server);
            String name = app.databaseName();
            String password = name + "-local";
            ensureDatabase(server, name, password);
            return new Connection("jdbc:postgresql://127.0.0.1:" + layout.databasePort(app) + "/" + name, name,
                    password);
        } catch (IOException | SQLException e) {
            throw new StackFailure("The database of " + app.module() + " did not start on port "
                    + layout.databasePort(app) + ": " + e.getMessage(), e);
        }
    }

    private static void ensureDatabase(EmbeddedPostgres server, String name, String password) throws SQLException {
        try (java.sql.Connection admin = server.getPostgresDatabase().getConnection();
                Statement statement = admin.createStatement()) {
            if (!exists(admin, "select 1 from pg_roles where rolname = ?", name)) {
                // the name and password are the stack's own constants, never user input
                statement.execute("create role " + name + " login password '" + password + "'");
            }
            if (!exists(admin, "select 1 from pg_database where datname = ?", name)) {
                statement.execute("create database " + name + " owner " + name);
            }
        }
    }

    private static boolean exists(java.sql.Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * Kills one database server and every process it started with SIGKILL, as a power cut or the
     * kernel's out-of-memory killer would (for the test that proves nothing acknowledged is lost).
     */
    void crash(StackLayout layout, App app) {
        EmbeddedPostgres server = servers.remove(app);
        if (server == null) {
            return;
        }
        Path pidFile = layout.databaseDir(app).resolve("postmaster.pid");
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow(() -> new StackFailure(
                    "The database of " + app.module() + " is not running (process " + pid + ")"));
            List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
            all.add(0, postmaster);
            all.forEach(ProcessHandle::destroyForcibly);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (all.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            // releases the data directory's lock; its "stop" finds nothing to stop and says so
            server.close();
        } catch (IOException | RuntimeException e) {
            throw new StackFailure("Could not crash the database of " + app.module() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackFailure("Interrupted while crashing the database of " + app.module(), e);
        }
    }

    @Override
    public void close() {
        for (EmbeddedPostgres server : servers.values()) {
            try {
                server.close();
            } catch (IOException e) {
                Console.step("a database did not stop cleanly: " + e.getMessage());
            }
        }
        servers.clear();
    }
}
