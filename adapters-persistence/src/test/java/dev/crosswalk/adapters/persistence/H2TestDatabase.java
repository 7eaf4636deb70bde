package dev.crosswalk.adapters.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A fresh in-memory H2 database with a random name. */
final class H2TestDatabase implements TestDatabase {

    private final String name = "crosswalk_test_" + UUID.randomUUID().toString().replace("-", "");

    @Override
    public DatabaseSettings settings(TokenEncryptionKey key) {
        return DatabaseSettings.h2InMemory(name, key);
    }

    /** Drops every table; the empty in-memory database itself lives until the JVM exits. */
    @Override
    public void close() {
        DatabaseSettings settings = settings(TokenEncryptionKey.generate());
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.username(), "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the test database " + name, e);
        }
    }
}
