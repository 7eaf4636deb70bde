package dev.crosswalk.adapters.persistence;

import static dev.crosswalk.adapters.persistence.generated.Tables.PENDING_AUTHORIZATIONS;

import dev.crosswalk.adapters.persistence.TokenCipher.Role;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.PendingAuthorization;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.out.store.AuthorizationStore;
import dev.crosswalk.core.port.out.store.UnreadableTokensException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Authorisations in progress, keyed by the SHA-256 of their state (the state itself is never stored); the code
 * verifier and the connection's secret settings are encrypted by {@link TokenCipher}, bound to the connection. {@link #take} reads the row, then deletes it:
 * only the caller whose delete removed the row gets it, so two callbacks with one state, on any nodes, cannot both
 * go on.
 */
final class JooqAuthorizationStore implements AuthorizationStore {

    private final DSLContext db;
    private final TokenCipher cipher;
    private final Clock clock;

    JooqAuthorizationStore(DSLContext db, TokenCipher cipher, Clock clock) {
        this.db = db;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** @throws IllegalArgumentException when the tenant does not exist */
    @Override
    public void save(PendingAuthorization pending, Instant now) {
        ConnectionRef ref = pending.connection();
        try {
            insert(pending, ref, now);
        } catch (IntegrityConstraintViolationException noTenant) {
            throw new IllegalArgumentException("there is no tenant '" + ref.tenant().value() + "'; create it first");
        }
    }

    private void insert(PendingAuthorization pending, ConnectionRef ref, Instant now) {
        db.transaction(() -> {
            db.deleteFrom(PENDING_AUTHORIZATIONS).where(PENDING_AUTHORIZATIONS.EXPIRES_AT.le(Times.stored(now)))
                    .execute();
            db.insertInto(PENDING_AUTHORIZATIONS)
                    .set(PENDING_AUTHORIZATIONS.STATE_HASH, hash(pending.state()))
                    .set(PENDING_AUTHORIZATIONS.TENANT_ID, ref.tenant().value())
                    .set(PENDING_AUTHORIZATIONS.CONNECTION_ID, ref.id().value())
                    .set(PENDING_AUTHORIZATIONS.CONNECTOR_KIND, pending.connectorKind())
                    .set(PENDING_AUTHORIZATIONS.SETTINGS, SettingsJson.write(pending.settings()))
                    .set(PENDING_AUTHORIZATIONS.CODE_VERIFIER_CIPHERTEXT,
                            cipher.encrypt(pending.codeVerifier(), ref, Role.CODE_VERIFIER))
                    .set(PENDING_AUTHORIZATIONS.SECRET_SETTINGS_CIPHERTEXT,
                            SecretSettings.encrypt(cipher, pending.secretSettings(), ref))
                    .set(PENDING_AUTHORIZATIONS.REDIRECT_URI, pending.redirectUri().toString())
                    .set(PENDING_AUTHORIZATIONS.RETURN_URL, pending.returnUrl().map(URI::toString).orElse(null))
                    .set(PENDING_AUTHORIZATIONS.EXPIRES_AT, Times.stored(pending.expiresAt()))
                    .set(PENDING_AUTHORIZATIONS.CREATED_AT, Times.now(clock))
                    .execute();
        });
    }

    @Override
    public Optional<PendingAuthorization> take(String state) {
        String hash = hash(state);
        var row = db.selectFrom(PENDING_AUTHORIZATIONS).where(PENDING_AUTHORIZATIONS.STATE_HASH.eq(hash))
                .fetchOptional();
        if (row.isEmpty()
                || db.deleteFrom(PENDING_AUTHORIZATIONS).where(PENDING_AUTHORIZATIONS.STATE_HASH.eq(hash)).execute() == 0) {
            return Optional.empty();
        }
        var found = row.get();
        ConnectionRef ref = new ConnectionRef(new TenantId(found.getTenantId()),
                new ConnectionId(found.getConnectionId()));
        Secret verifier;
        try {
            verifier = cipher.decrypt(found.getCodeVerifierCiphertext(), ref, Role.CODE_VERIFIER);
        } catch (IllegalStateException unreadable) {
            throw new UnreadableTokensException(ref, unreadable.getMessage());
        }
        return Optional.of(new PendingAuthorization(state, ref, found.getConnectorKind(),
                SettingsJson.read(found.getSettings()),
                SecretSettings.decrypt(cipher, found.getSecretSettingsCiphertext(), ref), verifier, URI.create(found.getRedirectUri()),
                Optional.ofNullable(found.getReturnUrl()).map(URI::create), found.getExpiresAt()));
    }

    private static String hash(String state) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(state.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK ships SHA-256", impossible);
        }
    }
}
