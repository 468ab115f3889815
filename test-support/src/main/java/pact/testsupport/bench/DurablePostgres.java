package pact.testsupport.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server (the embedded binaries) set up as a deployment runs it: fsync,
 * synchronous commit and full-page writes on. The binaries' defaults are for throwaway test
 * databases (all three off), which would make every insert look far cheaper than it is.
 */
public final class DurablePostgres implements AutoCloseable {
    private final EmbeddedPostgres server;

    private DurablePostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    public static DurablePostgres start() throws IOException {
        return new DurablePostgres(EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "300")
                .start());
    }

    public String jdbcUrl() {
        return server.getJdbcUrl("postgres", "postgres");
    }

    public Connection connect() throws SQLException {
        return server.getPostgresDatabase().getConnection();
    }

    /** The durability settings as the running server reports them, for the results. */
    public String durability() throws SQLException {
        StringBuilder settings = new StringBuilder();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String name : new String[] {"fsync", "synchronous_commit", "full_page_writes", "wal_sync_method"}) {
                try (ResultSet row = statement.executeQuery("SHOW " + name)) {
                    row.next();
                    settings.append(settings.isEmpty() ? "" : ", ").append(name).append('=').append(row.getString(1));
                }
            }
        }
        return settings.toString();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
