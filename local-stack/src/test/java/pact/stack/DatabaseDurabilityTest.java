package pact.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pact.stack.StackLayout.App;

/**
 * The local stack's PostgreSQL is killed with SIGKILL while four clients write, as a crash
 * would; after a restart on the same data directory every write it had acknowledged is there.
 */
class DatabaseDurabilityTest {

    @Test
    void every_acknowledged_write_survives_a_sigkill_of_postgresql(@TempDir Path home) throws Exception {
        StackLayout layout = new StackLayout(Path.of("."), home, 31000);
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        Databases.Connection db;
        try (Databases databases = new Databases()) {
            db = databases.start(layout, App.REPORTS);
            try (var connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
                connection.createStatement().execute("create table if not exists intake (id int primary key, body text)");
            }
            ExecutorService clients = Executors.newFixedThreadPool(4);
            CountDownLatch writing = new CountDownLatch(400);
            for (int c = 0; c < 4; c++) {
                int client = c;
                clients.submit(() -> {
                    try (var connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                            PreparedStatement insert = connection.prepareStatement("insert into intake values (?, ?)")) {
                        for (int i = 0; ; i++) {
                            int id = client * 1_000_000 + i;
                            insert.setInt(1, id);
                            insert.setString(2, "report " + id);
                            insert.executeUpdate(); // autocommit: returning is the acknowledgement
                            acknowledged.add(id);
                            writing.countDown();
                        }
                    } catch (SQLException killed) {
                        // the server went away mid-write: what was not acknowledged may be lost
                    }
                    return null;
                });
            }
            assertTrue(writing.await(60, TimeUnit.SECONDS), "the clients never got going");
            long pid = Long.parseLong(Files.readAllLines(layout.databaseDir(App.REPORTS).resolve("postmaster.pid")).get(0)
                    .strip());
            new ProcessBuilder("kill", "-KILL", Long.toString(pid)).start().waitFor();
            clients.shutdown();
            assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));
        } catch (RuntimeException closingAKilledServer) {
            // closing a server that was killed may complain; the restart below is what matters
        }
        // children of the killed postmaster may linger for a moment and hold the port
        Thread.sleep(2_000);
        try (Databases restarted = new Databases()) {
            Databases.Connection again = restarted.start(layout, App.REPORTS);
            try (var connection = DriverManager.getConnection(again.jdbcUrl(), again.username(), again.password());
                    ResultSet rows = connection.createStatement().executeQuery("select id from intake")) {
                Set<Integer> stored = ConcurrentHashMap.newKeySet();
                while (rows.next()) {
                    stored.add(rows.getInt(1));
                }
                List<Integer> lost = acknowledged.stream().filter(id -> !stored.contains(id)).sorted().toList();
                assertEquals(List.of(), lost, "acknowledged writes lost after a crash, of " + acknowledged.size());
                assertTrue(acknowledged.size() >= 400);
            }
        }
    }
}
