package dev.crosswalk.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.crosswalk.core.port.out.ConnectionLocks;
import dev.crosswalk.core.port.out.ConnectionStore;
import dev.crosswalk.core.port.out.TenantStore;
import dev.crosswalk.core.port.out.TokenStore;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The Crosswalk database: a connection pool, the schema migrated to the latest version, and core's storage ports on
 * top. Open one per process and share it; the stores and {@code CrosswalkDatabase} itself are thread-safe. Several
 * processes may open the same PostgreSQL database: {@link #locks()} then excludes across all of them. The stores
 * report database failures as jOOQ's unchecked {@code DataAccessException}, and fail that way after {@link #close()}.
 */
public final class CrosswalkDatabase implements AutoCloseable {

    private static final int MAX_POOL_SIZE = 10;

    private final HikariDataSource pool;
    private final ConnectionStore connections;
    private final TokenStore tokens;
    private final TenantStore tenants;
    private final ConnectionLocks locks;

    private CrosswalkDatabase(HikariDataSource pool, DSLContext db, TokenCipher cipher, Clock clock) {
        this.pool = pool;
        this.connections = new JooqConnectionStore(db, clock);
        this.tokens = new JooqTokenStore(db, cipher, clock);
        this.tenants = new JooqTenantStore(db, clock);
        this.locks = new LeaseConnectionLocks(db, clock);
    }

    /**
     * Connects, then applies any pending schema migrations.
     *
     * @param settings where the database is and the token key; never {@code null}
     * @return the open database; close it when the host stops
     * @throws IllegalArgumentException when the URL is neither H2 nor PostgreSQL
     * @throws IllegalStateException when the database cannot be reached or migrated (the cause says why)
     */
    public static CrosswalkDatabase open(DatabaseSettings settings) {
        return open(settings, Clock.systemUTC());
    }

    static CrosswalkDatabase open(DatabaseSettings settings, Clock clock) {
        SQLDialect dialect = dialectOf(settings.jdbcUrl());
        HikariDataSource pool = connect(settings);
        try {
            migrate(pool, settings);
            DSLContext db = DSL.using(pool, dialect);
            return new CrosswalkDatabase(pool, db, new TokenCipher(settings.tokenKey()), clock);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** @return the connection store; thread-safe */
    public ConnectionStore connections() {
        return connections;
    }

    /** @return the token store, encrypting with the settings' key; thread-safe */
    public TokenStore tokens() {
        return tokens;
    }

    /** @return the tenant and API key store; thread-safe */
    public TenantStore tenants() {
        return tenants;
    }

    /** @return locks that hold across every process using this database (one-minute leases); thread-safe */
    public ConnectionLocks locks() {
        return locks;
    }

    /** Closes the pool. Leases still open expire on their own. Closing twice is harmless. */
    @Override
    public void close() {
        pool.close();
    }

    static SQLDialect dialectOf(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return SQLDialect.H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return SQLDialect.POSTGRES;
        }
        throw new IllegalArgumentException("Crosswalk stores its data in H2 or PostgreSQL; use a jdbc:h2: or "
                + "jdbc:postgresql: URL instead of " + withoutParameters(jdbcUrl));
    }

    private static HikariDataSource connect(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("crosswalk");
        config.setJdbcUrl(settings.jdbcUrl());
        if (settings.username() != null) {
            config.setUsername(settings.username());
        }
        if (settings.password() != null) {
            config.setPassword(settings.password().reveal());
        }
        config.setMaximumPoolSize(MAX_POOL_SIZE);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot connect to the Crosswalk database at "
                    + withoutParameters(settings.jdbcUrl()) + ": " + e.getMessage(), e);
        }
    }

    private static void migrate(HikariDataSource pool, DatabaseSettings settings) {
        try {
            Flyway.configure(CrosswalkDatabase.class.getClassLoader())
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot migrate the Crosswalk database schema at "
                    + withoutParameters(settings.jdbcUrl()) + ": " + e.getMessage(), e);
        }
    }

    /** URL parameters may carry credentials, so messages show the URL up to the first {@code ;} or {@code ?}. */
    private static String withoutParameters(String jdbcUrl) {
        int end = jdbcUrl.length();
        for (char separator : new char[] {';', '?'}) {
            int index = jdbcUrl.indexOf(separator);
            if (index >= 0) {
                end = Math.min(end, index);
            }
        }
        return jdbcUrl.substring(0, end);
    }
}
