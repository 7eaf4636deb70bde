package dev.crosswalk.adapters.persistence;

import dev.crosswalk.core.domain.Secret;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the Crosswalk database is and how to encrypt tokens in it. For PostgreSQL use the constructor with a
 * {@code jdbc:postgresql:} URL; for the embedded default use {@link #h2File}. Immutable; {@link #toString()} masks the
 * password and the key.
 *
 * @param jdbcUrl a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL; never {@code null}
 * @param username the database user, or {@code null} when the URL names it
 * @param password the database password, or {@code null} when the database asks for none
 * @param tokenKey the key that encrypts tokens at rest; never {@code null}
 */
public record DatabaseSettings(String jdbcUrl, String username, Secret password, TokenEncryptionKey tokenKey) {

    /** H2 speaks PostgreSQL's dialect and folds names to lower case, which the jOOQ classes expect. */
    private static final String H2_FLAGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    private static final String H2_USER = "sa";

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(tokenKey, "tokenKey");
    }

    /**
     * An embedded H2 database in the file {@code crosswalk.mv.db} inside {@code directory}, opened by this process
     * only.
     *
     * @param directory where the database file lives (created if missing); never {@code null}
     * @param key the token encryption key; never {@code null}
     * @throws IllegalArgumentException when the path contains {@code ;}, which JDBC URLs cannot carry
     */
    public static DatabaseSettings h2File(Path directory, TokenEncryptionKey key) {
        String file = directory.toAbsolutePath().resolve("crosswalk").toString();
        if (file.contains(";")) {
            throw new IllegalArgumentException("an H2 database directory cannot contain ';': " + directory);
        }
        return new DatabaseSettings("jdbc:h2:file:" + file + H2_FLAGS + ";AUTO_SERVER=FALSE", H2_USER, null, key);
    }

    /**
     * A named H2 database in memory, for tests. It lives until the JVM exits, so instances opened with the same
     * name share it.
     *
     * @param name letters, digits and {@code _}; never {@code null}
     * @param key the token encryption key; never {@code null}
     * @throws IllegalArgumentException when the name has other characters
     */
    public static DatabaseSettings h2InMemory(String name, TokenEncryptionKey key) {
        if (!name.matches("\\w+")) {
            throw new IllegalArgumentException("an in-memory database name is letters, digits and '_': " + name);
        }
        return new DatabaseSettings("jdbc:h2:mem:" + name + H2_FLAGS + ";DB_CLOSE_DELAY=-1", H2_USER, null, key);
    }
}
