package dev.crosswalk.adapters.persistence;

import static dev.crosswalk.adapters.persistence.generated.Tables.CONNECTION_TOKENS;

import dev.crosswalk.adapters.persistence.TokenCipher.Role;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.GrantIdentity;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.out.store.TokenStore;
import dev.crosswalk.core.port.out.store.UnreadableTokensException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Tokens, encrypted by {@link TokenCipher} before they reach the database; the instance URL issued with them is not a
 * secret and is kept in plain text. Instants are kept to the microsecond. Token values never appear in its exceptions.
 */
final class JooqTokenStore implements TokenStore {

    /** How many stored tokens the start-up key check tries before it concludes the key is another one. */
    static final int KEY_CHECK_SAMPLE = 20;

    private final DSLContext db;
    private final TokenCipher cipher;
    private final Clock clock;

    JooqTokenStore(DSLContext db, TokenCipher cipher, Clock clock) {
        this.db = db;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * Decrypts a sample of the stored tokens, if there are any, so a server started with another key than the tokens
     * were stored with refuses to start instead of failing every call. One altered row does not stop the start (it
     * is that connection's problem, reported when it is used): only a sample of which not one decrypts does.
     *
     * @throws IllegalStateException when none of the sampled tokens decrypts with {@code cipher}'s key
     */
    static void requireKeyMatches(DSLContext db, TokenCipher cipher) {
        var sample = db.select(CONNECTION_TOKENS.TENANT_ID, CONNECTION_TOKENS.CONNECTION_ID,
                        CONNECTION_TOKENS.REFRESH_TOKEN_CIPHERTEXT, CONNECTION_TOKENS.ACCESS_TOKEN_CIPHERTEXT)
                .from(CONNECTION_TOKENS)
                .where(CONNECTION_TOKENS.REFRESH_TOKEN_CIPHERTEXT.isNotNull()
                        .or(CONNECTION_TOKENS.ACCESS_TOKEN_CIPHERTEXT.isNotNull()))
                .limit(KEY_CHECK_SAMPLE)
                .fetch();
        if (sample.isEmpty()) {
            return;
        }
        for (var row : sample) {
            ConnectionRef ref = new ConnectionRef(new TenantId(row.value1()), new ConnectionId(row.value2()));
            try {
                if (row.value3() != null) {
                    cipher.decrypt(row.value3(), ref, Role.REFRESH_TOKEN);
                } else {
                    cipher.decrypt(row.value4(), ref, Role.ACCESS_TOKEN);
                }
                return;
            } catch (IllegalStateException notThisOne) {
                // try the next row
            }
        }
        throw new IllegalStateException("the token encryption key does not decrypt the tokens stored in this"
                + " database: they were stored with another key. Start with that key");
    }

    /** @throws UnreadableTokensException when the stored values cannot be decrypted with this database's key */
    @Override
    public Optional<StoredTokens> loadVersioned(ConnectionRef ref) {
        return db.select(
                        CONNECTION_TOKENS.ACCESS_TOKEN_CIPHERTEXT,
                        CONNECTION_TOKENS.REFRESH_TOKEN_CIPHERTEXT,
                        CONNECTION_TOKENS.ISSUED_AT,
                        CONNECTION_TOKENS.EXPIRES_AT,
                        CONNECTION_TOKENS.INSTANCE_URL,
                        CONNECTION_TOKENS.VERSION,
                        CONNECTION_TOKENS.ACCOUNT_ID,
                        CONNECTION_TOKENS.USER_ID,
                        CONNECTION_TOKENS.SCOPES)
                .from(CONNECTION_TOKENS)
                .where(CONNECTION_TOKENS.TENANT_ID.eq(ref.tenant().value()))
                .and(CONNECTION_TOKENS.CONNECTION_ID.eq(ref.id().value()))
                .fetchOptional(row -> new StoredTokens(OAuthTokens.builder(row.value3())
                        .accessToken(decrypt(row.value1(), ref, Role.ACCESS_TOKEN))
                        .refreshToken(decrypt(row.value2(), ref, Role.REFRESH_TOKEN))
                        .expiresAt(row.value4())
                        .instanceUrl(row.value5() == null ? null : URI.create(row.value5()))
                        .identity(row.value7() == null || row.value8() == null ? null
                                : new GrantIdentity(row.value7(), row.value8()))
                        .scopes(row.value9() == null || row.value9().isBlank() ? List.of()
                                : List.of(row.value9().split(" ")))
                        .build(), row.value6()));
    }

    @Override
    public boolean delete(ConnectionRef ref) {
        return db.deleteFrom(CONNECTION_TOKENS)
                .where(CONNECTION_TOKENS.TENANT_ID.eq(ref.tenant().value()))
                .and(CONNECTION_TOKENS.CONNECTION_ID.eq(ref.id().value()))
                .execute() > 0;
    }

    /** @throws IllegalArgumentException when the tenant has no such connection */
    @Override
    public void save(ConnectionRef ref, OAuthTokens tokens) {
        if (!JooqConnectionStore.exists(db, ref)) {
            throw new IllegalArgumentException("there is no connection " + ref + "; save the connection first");
        }
        String access = encrypt(tokens.access().orElse(null), ref, Role.ACCESS_TOKEN);
        String refresh = encrypt(tokens.refresh().orElse(null), ref, Role.REFRESH_TOKEN);
        Instant issuedAt = Times.stored(tokens.issuedAt());
        Instant expiresAt = Times.stored(tokens.expiresAt().orElse(null));
        String instanceUrl = tokens.instanceUrl().map(URI::toString).orElse(null);
        Instant now = Times.now(clock);
        db.insertInto(CONNECTION_TOKENS)
                .set(CONNECTION_TOKENS.TENANT_ID, ref.tenant().value())
                .set(CONNECTION_TOKENS.CONNECTION_ID, ref.id().value())
                .set(CONNECTION_TOKENS.ACCESS_TOKEN_CIPHERTEXT, access)
                .set(CONNECTION_TOKENS.REFRESH_TOKEN_CIPHERTEXT, refresh)
                .set(CONNECTION_TOKENS.ISSUED_AT, issuedAt)
                .set(CONNECTION_TOKENS.EXPIRES_AT, expiresAt)
                .set(CONNECTION_TOKENS.INSTANCE_URL, instanceUrl)
                .set(CONNECTION_TOKENS.ACCOUNT_ID, accountId(tokens))
                .set(CONNECTION_TOKENS.USER_ID, userId(tokens))
                .set(CONNECTION_TOKENS.SCOPES, scopes(tokens))
                .set(CONNECTION_TOKENS.UPDATED_AT, now)
                .onConflict(CONNECTION_TOKENS.TENANT_ID, CONNECTION_TOKENS.CONNECTION_ID)
                .doUpdate()
                .set(CONNECTION_TOKENS.ACCESS_TOKEN_CIPHERTEXT, access)
                .set(CONNECTION_TOKENS.REFRESH_TOKEN_CIPHERTEXT, refresh)
                .set(CONNECTION_TOKENS.ISSUED_AT, issuedAt)
                .set(CONNECTION_TOKENS.EXPIRES_AT, expiresAt)
                .set(CONNECTION_TOKENS.INSTANCE_URL, instanceUrl)
                .set(CONNECTION_TOKENS.ACCOUNT_ID, accountId(tokens))
                .set(CONNECTION_TOKENS.USER_ID, userId(tokens))
                .set(CONNECTION_TOKENS.SCOPES, scopes(tokens))
                .set(CONNECTION_TOKENS.UPDATED_AT, now)
                .set(CONNECTION_TOKENS.VERSION, CONNECTION_TOKENS.VERSION.plus(1))
                .execute();
    }

    /** One {@code UPDATE ... WHERE version = ?}: of any number of writers holding one version, one succeeds. */
    @Override
    public boolean replace(ConnectionRef ref, long expectedVersion, OAuthTokens tokens) {
        return db.update(CONNECTION_TOKENS)
                        .set(CONNECTION_TOKENS.ACCESS_TOKEN_CIPHERTEXT,
                                encrypt(tokens.access().orElse(null), ref, Role.ACCESS_TOKEN))
                        .set(CONNECTION_TOKENS.REFRESH_TOKEN_CIPHERTEXT,
                                encrypt(tokens.refresh().orElse(null), ref, Role.REFRESH_TOKEN))
                        .set(CONNECTION_TOKENS.ISSUED_AT, Times.stored(tokens.issuedAt()))
                        .set(CONNECTION_TOKENS.EXPIRES_AT, Times.stored(tokens.expiresAt().orElse(null)))
                        .set(CONNECTION_TOKENS.INSTANCE_URL, tokens.instanceUrl().map(URI::toString).orElse(null))
                        .set(CONNECTION_TOKENS.ACCOUNT_ID, accountId(tokens))
                        .set(CONNECTION_TOKENS.USER_ID, userId(tokens))
                        .set(CONNECTION_TOKENS.SCOPES, scopes(tokens))
                        .set(CONNECTION_TOKENS.UPDATED_AT, Times.now(clock))
                        .set(CONNECTION_TOKENS.VERSION, CONNECTION_TOKENS.VERSION.plus(1))
                        .where(CONNECTION_TOKENS.TENANT_ID.eq(ref.tenant().value()))
                        .and(CONNECTION_TOKENS.CONNECTION_ID.eq(ref.id().value()))
                        .and(CONNECTION_TOKENS.VERSION.eq(expectedVersion))
                        .execute()
                == 1;
    }

    private static String accountId(OAuthTokens tokens) {
        return tokens.identity().map(GrantIdentity::accountId).orElse(null);
    }

    private static String userId(OAuthTokens tokens) {
        return tokens.identity().map(GrantIdentity::userId).orElse(null);
    }

    private static String scopes(OAuthTokens tokens) {
        return tokens.scopes().isEmpty() ? null : String.join(" ", tokens.scopes());
    }

    private String encrypt(Secret token, ConnectionRef ref, Role role) {
        return token == null ? null : cipher.encrypt(token, ref, role);
    }

    private Secret decrypt(String stored, ConnectionRef ref, Role role) {
        try {
            return stored == null ? null : cipher.decrypt(stored, ref, role);
        } catch (IllegalStateException unreadable) {
            throw new UnreadableTokensException(ref, unreadable.getMessage());
        }
    }
}
