package dev.crosswalk.adapters.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.SQLDialect;

/**
 * What a host's data source reaches, found by borrowing one connection: the jOOQ dialect, and a description for
 * messages (the URL without parameters, which may carry credentials). Refuses what the stores cannot work with.
 */
record HostDataSource(SQLDialect dialect, String description) {

    private static final String H2_FLAGS = "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";

    /**
     * @throws IllegalArgumentException when the data source reaches neither PostgreSQL nor H2 in PostgreSQL mode with
     *     lower-case names, or hands out connections without auto-commit
     * @throws IllegalStateException when no connection can be had
     */
    static HostDataSource inspect(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            String description = describe(metadata);
            SQLDialect dialect = dialectOf(metadata.getDatabaseProductName(), description);
            if (dialect == SQLDialect.H2) {
                requirePostgresMode(connection, description);
            }
            if (!connection.getAutoCommit()) {
                throw new IllegalArgumentException("the data source for " + description + " hands out connections"
                        + " with auto-commit off; Crosswalk's stores need it on (the pool's default)");
            }
            return new HostDataSource(dialect, description);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the Crosswalk database through the host's data source: "
                    + e.getMessage(), e);
        }
    }

    private static String describe(DatabaseMetaData metadata) throws SQLException {
        String url = metadata.getURL();
        return url == null ? "the host's data source" : CrosswalkDatabase.withoutParameters(url);
    }

    private static SQLDialect dialectOf(String productName, String description) {
        String product = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (product.equals("h2")) {
            return SQLDialect.H2;
        }
        if (product.equals("postgresql")) {
            return SQLDialect.POSTGRES;
        }
        throw new IllegalArgumentException("Crosswalk stores its data in H2 or PostgreSQL, but the host's data source "
                + description + " reaches " + productName);
    }

    private static void requirePostgresMode(Connection connection, String description) throws SQLException {
        Map<String, String> settings = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT SETTING_NAME, SETTING_VALUE"
                        + " FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN ('MODE', 'DATABASE_TO_LOWER')");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                settings.put(rows.getString(1), rows.getString(2));
            }
        }
        if (!"PostgreSQL".equalsIgnoreCase(settings.get("MODE"))
                || !"true".equalsIgnoreCase(settings.get("DATABASE_TO_LOWER"))) {
            throw new IllegalArgumentException("the H2 database " + description + " runs with MODE="
                    + settings.get("MODE") + " and DATABASE_TO_LOWER=" + settings.get("DATABASE_TO_LOWER")
                    + "; Crosswalk's schema needs " + H2_FLAGS + " in the JDBC URL");
        }
    }
}
