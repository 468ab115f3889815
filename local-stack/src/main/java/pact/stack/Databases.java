package pact.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import pact.stack.StackLayout.App;

/**
 * One real PostgreSQL server per service (binaries from Maven Central), each with its own
 * database and login, data kept on disk across restarts. The embedded binaries' defaults are for
 * throwaway test databases (fsync, synchronous commit and full-page writes off); the stack keeps
 * its data, so it turns them back on: a write the platform acknowledged survives a crash.
 */
final class Databases implements AutoCloseable {
    private final List<EmbeddedPostgres> servers = new ArrayList<>();

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
            servers.add(server);
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

    @Override
    public void close() {
        for (EmbeddedPostgres server : servers) {
            try {
                server.close();
            } catch (IOException e) {
                Console.step("a database did not stop cleanly: " + e.getMessage());
            }
        }
        servers.clear();
    }
}
