package dev.crosswalk.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.crosswalk.core.port.out.store.AuthorizationStore;
import dev.crosswalk.core.port.out.store.ConnectionLocks;
import dev.crosswalk.core.port.out.store.ConnectionStore;
import dev.crosswalk.core.port.out.store.EventOutbox;
import dev.crosswalk.core.port.out.store.MappingOverrideStore;
import dev.crosswalk.core.port.out.store.TenantStore;
import dev.crosswalk.core.port.out.store.TokenStore;
import dev.crosswalk.core.port.out.store.Transactions;
import dev.crosswalk.core.port.out.store.WebhookStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * The Crosswalk database: the schema migrated to the latest version, and core's storage ports on top. Open one per
 * process and share it; the stores and {@code CrosswalkDatabase} itself are thread-safe. Several processes may open
 * the same PostgreSQL database: {@link #locks()} then excludes across all of them. The stores report database
 * failures as jOOQ's unchecked {@code DataAccessException}.
 *
 * <p>{@link #open(DatabaseSettings)} creates a connection pool, which {@link #close()} closes (the stores fail after
 * that). {@link #open(DataSource, TokenEncryptionKey)} uses a host application's own pool and never closes it.
 */
public final class CrosswalkDatabase implements AutoCloseable {

    private static final int MAX_POOL_SIZE = 10;

    /** The pool this instance created and closes, or {@code null} on a host's data source. */
    private final HikariDataSource ownedPool;
    private final DataSource dataSource;
    private final ConnectionStore connections;
    private final TokenStore tokens;
    private final TenantStore tenants;
    private final LeaseConnectionLocks leases;
    private final DSLContext db;
    private final TokenCipher cipher;
    private final MappingOverrideStore mappingOverrides;
    private final AuthorizationStore authorizations;
    private final Transactions transactions;
    private final EventOutbox outbox;
    private final WebhookStore webhooks;

    private CrosswalkDatabase(HikariDataSource ownedPool, DataSource dataSource, DSLContext db, TokenCipher cipher,
            Clock clock) {
        this.ownedPool = ownedPool;
        this.dataSource = dataSource;
        this.connections = new JooqConnectionStore(db, cipher, clock);
        this.tokens = new JooqTokenStore(db, cipher, clock);
        this.tenants = new JooqTenantStore(db, clock);
        this.leases = new LeaseConnectionLocks(db, LeaseConnectionLocks.LEASE, LeaseConnectionLocks.HEARTBEAT);
        this.db = db;
        this.cipher = cipher;
        this.mappingOverrides = new JooqMappingOverrideStore(db, clock);
        this.authorizations = new JooqAuthorizationStore(db, cipher, clock);
        this.transactions = new JooqTransactions(db);
        this.outbox = new JooqEventOutbox(db, clock);
        this.webhooks = new JooqWebhookStore(db, cipher);
    }

    /**
     * Creates a connection pool, then applies any pending schema migrations.
     *
     * @param settings where the database is and the token key; never {@code null}
     * @return the open database; close it when the host stops
     * @throws IllegalArgumentException when the URL is neither H2 nor PostgreSQL
     * @throws IllegalStateException when the database cannot be reached or migrated (the cause says why), an H2 data
     *     folder cannot be created or written, an H2 database file is read-only, or the token key does not decrypt
     *     the tokens already stored
     */
    public static CrosswalkDatabase open(DatabaseSettings settings) {
        return open(settings, Clock.systemUTC());
    }

    static CrosswalkDatabase open(DatabaseSettings settings, Clock clock) {
        SQLDialect dialect = dialectOf(settings.jdbcUrl());
        H2Files.requireUsable(settings.jdbcUrl());
        HikariDataSource pool = connect(settings);
        try {
            migrate(pool, withoutParameters(settings.jdbcUrl()));
            DSLContext db = JooqTransactions.context(pool, dialect);
            TokenCipher cipher = new TokenCipher(settings.tokenKey());
            JooqTokenStore.requireKeyMatches(db, cipher);
            return new CrosswalkDatabase(pool, pool, db, cipher, clock);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * Uses a host application's data source (typically its own connection pool), then applies any pending schema
     * migrations to the database it reaches. The data source stays the host's: {@link #close()} leaves it open, and
     * the host closes it after closing this.
     *
     * <p>The data source must reach PostgreSQL, or H2 with {@code MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE} in its URL
     * (as {@link DatabaseSettings#h2File} and {@link DatabaseSettings#h2InMemory} set), and hand out connections in
     * auto-commit mode (connection pools do by default): every store call is one statement or runs its own.
     *
     * @param dataSource the host's data source; never {@code null}
     * @param tokenKey the key that encrypts tokens at rest; never {@code null}
     * @return the open database; thread-safe if the data source is
     * @throws IllegalArgumentException when the data source reaches another database, H2 without those settings, or
     *     hands out connections without auto-commit
     * @throws IllegalStateException when the database cannot be reached or migrated (the cause says why), or the
     *     token key does not decrypt the tokens already stored
     */
    public static CrosswalkDatabase open(DataSource dataSource, TokenEncryptionKey tokenKey) {
        return open(dataSource, tokenKey, Clock.systemUTC());
    }

    static CrosswalkDatabase open(DataSource dataSource, TokenEncryptionKey tokenKey, Clock clock) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(tokenKey, "tokenKey");
        HostDataSource host = HostDataSource.inspect(dataSource);
        migrate(dataSource, host.description());
        DSLContext db = JooqTransactions.context(dataSource, host.dialect());
        TokenCipher cipher = new TokenCipher(tokenKey);
        JooqTokenStore.requireKeyMatches(db, cipher);
        return new CrosswalkDatabase(null, dataSource, db, cipher, clock);
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

    /**
     * @return locks that hold across every process using this database: 15-second leases on the database's clock,
     *     extended every 5 seconds while held, so a dead holder's lock frees within 15 seconds; thread-safe
     */
    public ConnectionLocks locks() {
        return leases;
    }

    /** @return other locks on this database, with their own lease times and heartbeat, for tests */
    LeaseConnectionLocks locks(Duration lease, Duration heartbeat) {
        return new LeaseConnectionLocks(db, lease, heartbeat);
    }

    /** @return every version of the tenants' mapping overrides; thread-safe */
    public MappingOverrideStore mappingOverrides() {
        return mappingOverrides;
    }

    /**
     * @return authorisations in progress, shared by every process using this database; thread-safe
     * @since 0.1
     */
    public AuthorizationStore authorizations() {
        return authorizations;
    }

    /**
     * Rewrites every stored token, connection secret setting, code verifier and webhook signing secret under the
     * current token key, reading older values with the keys it was given besides
     * ({@link TokenEncryptionKey#readingAlso}). Afterwards the older keys can be dropped. Safe to run again, and while
     * servers run.
     *
     * @return how many values were rewritten and how many already were under the current key
     * @throws IllegalStateException naming a value that none of the keys decrypts; values before it are rewritten
     * @since 0.1
     */
    public Reencrypted reencrypt() {
        return new Reencryption(db, cipher).run();
    }

    /**
     * What {@link #reencrypt()} did.
     *
     * @param rewritten values now under the current key that were not
     * @param alreadyCurrent values that already were
     * @since 0.1
     */
    public record Reencrypted(int rewritten, int alreadyCurrent) {
    }

    /** @return the data source the stores use, for the job scheduler */
    DataSource dataSource() {
        return dataSource;
    }

    /**
     * @return runs calls to this database's stores in one transaction; thread-safe
     * @since 0.1
     */
    public Transactions transactions() {
        return transactions;
    }

    /**
     * @return where connection events are written, queueing their webhook deliveries; thread-safe
     * @since 0.1
     */
    public EventOutbox outbox() {
        return outbox;
    }

    /**
     * @return tenants' webhook endpoints and their deliveries; thread-safe
     * @since 0.1
     */
    public WebhookStore webhooks() {
        return webhooks;
    }

    /**
     * Closes the pool {@link #open(DatabaseSettings)} created; a host's data source stays open. Leases still open
     * expire on their own. Closing twice is harmless.
     */
    @Override
    public void close() {
        leases.close();
        if (ownedPool != null) {
            ownedPool.close();
        }
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

    private static void migrate(DataSource dataSource, String where) {
        try {
            Flyway.configure(CrosswalkDatabase.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot migrate the Crosswalk database schema at " + where + ": "
                    + e.getMessage(), e);
        }
    }

    /** URL parameters may carry credentials, so messages show the URL up to the first {@code ;} or {@code ?}. */
    static String withoutParameters(String jdbcUrl) {
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
