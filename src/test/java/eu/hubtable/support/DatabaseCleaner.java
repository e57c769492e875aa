package eu.hubtable.support;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Empties every application table (the schema stays) so each test starts from a known state. */
public final class DatabaseCleaner {

    private final JdbcTemplate jdbc;

    public DatabaseCleaner(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public void clean() {
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = database() and table_type = 'BASE TABLE'
                  and table_name <> 'flyway_schema_history'""", String.class);
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("SET FOREIGN_KEY_CHECKS = 0");
                for (String table : tables) {
                    // DELETE, not TRUNCATE: ids keep growing across tests, as in production, so
                    // state kept by id outside the database (live sessions, topics) never mixes up.
                    statement.execute("DELETE FROM `" + table + "`");
                }
                statement.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
            return null;
        });
    }
}
