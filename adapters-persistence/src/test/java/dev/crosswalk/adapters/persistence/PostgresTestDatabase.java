package dev.crosswalk.adapters.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway database with a random name on the PostgreSQL at 127.0.0.1:5432 (user {@code postgres}, trust
 * authentication), created through the {@code postgres} database. CI ({@code CI=true}) starts that server, and
 * there the tests fail without it; on a developer machine without PostgreSQL they are skipped with a message saying
 * so, so that the README's test command needs only a JDK (decision 0010).
 */
final class PostgresTestDatabase implements TestDatabase {

    private static final String ADDRESS = "127.0.0.1:5432";
    private static final String SERVER = "jdbc:postgresql://" + ADDRESS + "/";
    private static final String USER = "postgres";

    private final String name = "crosswalk_it_" + UUID.randomUUID().toString().replace("-", "");

    PostgresTestDatabase() {
        requireServer();
        execute("CREATE DATABASE " + name);
    }

    private static void requireServer() {
        Properties credentials = new Properties();
        credentials.setProperty("user", USER);
        try (Connection probe = DriverManager.getConnection(SERVER + "postgres", credentials)) {
            probe.isValid(1);
        } catch (SQLException unreachable) {
            String needed = "the *IT tests need PostgreSQL at " + ADDRESS + " with user '" + USER
                    + "' and trust authentication (" + unreachable.getMessage() + ")";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(needed, unreachable);
            }
            Assumptions.abort(needed + "; skipped outside CI");
        }
    }

    @Override
    public DatabaseSettings settings(TokenEncryptionKey key) {
        return new DatabaseSettings(SERVER + name, USER, null, key);
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String sql) {
        Properties credentials = new Properties();
        credentials.setProperty("user", USER);
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", credentials);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("the *IT tests need PostgreSQL at " + ADDRESS + " with user '" + USER
                    + "' and trust authentication, and could not run '" + sql + "' (" + e.getMessage()
                    + ") Start one, e.g. docker run -p 5432:5432 -e POSTGRES_HOST_AUTH_METHOD=trust postgres", e);
        }
    }
}
