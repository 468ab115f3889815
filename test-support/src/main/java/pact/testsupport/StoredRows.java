package pact.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * A fingerprint of every row a service stores (row count and a hash of the rows, per table), so a
 * test can prove that a refused request changed nothing. Tables that record reads (audit logs)
 * are left out by name: a refused read may rightly be audited.
 */
public final class StoredRows {
    private StoredRows() {
    }

    public static Supplier<String> fingerprint(DataSource database, Set<String> leftOut) {
        return () -> {
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("select table_name from information_schema.tables "
                        + "where table_schema = current_schema() and table_type = 'BASE TABLE' "
                        + "and table_name not like 'flyway%' order by table_name")) {
                    while (rows.next()) {
                        if (!leftOut.contains(rows.getString(1))) {
                            tables.add(rows.getString(1));
                        }
                    }
                }
                // table names come from the catalogue, never from a request
                StringBuilder sql = new StringBuilder("select ");
                for (int i = 0; i < tables.size(); i++) {
                    sql.append(i == 0 ? "" : " || ' ' || ").append("(select '").append(tables.get(i))
                            .append("=' || count(*) || ':' || coalesce(sum(hashtext(t::text)), 0) from \"")
                            .append(tables.get(i)).append("\" t)");
                }
                try (ResultSet rows = statement.executeQuery(sql.toString())) {
                    rows.next();
                    return rows.getString(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the stored rows", e);
            }
        };
    }
}
