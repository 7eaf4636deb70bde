package dev.crosswalk.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A database with a random name on the PostgreSQL at 127.0.0.1:5432 (user {@code postgres}, trust authentication),
 * dropped by {@link #close}. Required under {@code CI=true}; skipped elsewhere when the server is down (decision 0010).
 */
final class ThrowawayPostgres implements AutoCloseable {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    static final String USER = "postgres";

    private final String name = "crosswalk_server_it_" + UUID.randomUUID().toString().replace("-", "");

    ThrowawayPostgres() {
        try {
            execute("CREATE DATABASE " + name);
        } catch (IllegalStateException unreachable) {
            if ("true".equals(System.getenv("CI"))) {
                throw unreachable;
            }
            Assumptions.abort(unreachable.getMessage() + "; skipped outside CI");
        }
    }

    /** @return the JDBC URL of the database */
    String url() {
        return SERVER + name;
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, null);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failed) {
            throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 (user postgres) refused '" + sql + "': "
                    + failed.getMessage(), failed);
        }
    }
}
