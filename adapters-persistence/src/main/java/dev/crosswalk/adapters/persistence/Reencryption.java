package dev.crosswalk.adapters.persistence;

import static dev.crosswalk.adapters.persistence.generated.Tables.CONNECTIONS;
import static dev.crosswalk.adapters.persistence.generated.Tables.CONNECTION_TOKENS;
import static dev.crosswalk.adapters.persistence.generated.Tables.PENDING_AUTHORIZATIONS;
import static dev.crosswalk.adapters.persistence.generated.Tables.WEBHOOK_ENDPOINTS;

import dev.crosswalk.adapters.persistence.TokenCipher.Role;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.TenantId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.TableRecord;

/**
 * Rewrites every stored secret (tokens, connections' secret settings, code verifiers and the secret settings of
 * authorisations in progress, webhook signing secrets) under the current token key. Each row
 * is updated only while it still holds the value that was read, so a refresh that stores new tokens meanwhile wins
 * (its tokens are under the current key already). Safe to run again; safe while servers run.
 */
final class Reencryption {

    private final DSLContext db;
    private final TokenCipher cipher;
    private int rewritten;
    private int current;

    Reencryption(DSLContext db, TokenCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    /** @throws IllegalStateException naming a value that no key given decrypts */
    CrosswalkDatabase.Reencrypted run() {
        for (var row : db.selectFrom(CONNECTION_TOKENS).fetch()) {
            ConnectionRef ref = ref(row.getTenantId(), row.getConnectionId());
            Condition key = CONNECTION_TOKENS.TENANT_ID.eq(row.getTenantId())
                    .and(CONNECTION_TOKENS.CONNECTION_ID.eq(row.getConnectionId()));
            rewrite(CONNECTION_TOKENS.ACCESS_TOKEN_CIPHERTEXT, row.getAccessTokenCiphertext(), ref,
                    Role.ACCESS_TOKEN, key);
            rewrite(CONNECTION_TOKENS.REFRESH_TOKEN_CIPHERTEXT, row.getRefreshTokenCiphertext(), ref,
                    Role.REFRESH_TOKEN, key);
        }
        for (var row : db.selectFrom(CONNECTIONS).fetch()) {
            rewrite(CONNECTIONS.SECRET_SETTINGS_CIPHERTEXT, row.getSecretSettingsCiphertext(),
                    ref(row.getTenantId(), row.getConnectionId()), Role.SECRET_SETTINGS,
                    CONNECTIONS.TENANT_ID.eq(row.getTenantId()).and(CONNECTIONS.CONNECTION_ID.eq(row.getConnectionId())));
        }
        for (var row : db.selectFrom(PENDING_AUTHORIZATIONS).fetch()) {
            ConnectionRef ref = ref(row.getTenantId(), row.getConnectionId());
            Condition key = PENDING_AUTHORIZATIONS.STATE_HASH.eq(row.getStateHash());
            rewrite(PENDING_AUTHORIZATIONS.CODE_VERIFIER_CIPHERTEXT, row.getCodeVerifierCiphertext(), ref,
                    Role.CODE_VERIFIER, key);
            rewrite(PENDING_AUTHORIZATIONS.SECRET_SETTINGS_CIPHERTEXT, row.getSecretSettingsCiphertext(), ref,
                    Role.SECRET_SETTINGS, key);
        }
        for (var row : db.selectFrom(WEBHOOK_ENDPOINTS).fetch()) {
            rewrite(WEBHOOK_ENDPOINTS.SECRET_CIPHERTEXT, row.getSecretCiphertext(),
                    ref(row.getTenantId(), row.getEndpointId()), Role.WEBHOOK_SECRET,
                    WEBHOOK_ENDPOINTS.TENANT_ID.eq(row.getTenantId())
                            .and(WEBHOOK_ENDPOINTS.ENDPOINT_ID.eq(row.getEndpointId())));
        }
        return new CrosswalkDatabase.Reencrypted(rewritten, current);
    }

    private <R extends TableRecord<R>> void rewrite(TableField<R, String> column, String stored, ConnectionRef ref,
            Role role, Condition row) {
        if (stored == null) {
            return;
        }
        if (cipher.underCurrentKey(stored)) {
            current++;
            return;
        }
        String again = cipher.encrypt(cipher.decrypt(stored, ref, role), ref, role);
        rewritten += db.update(column.getTable()).set(column, again).where(row).and(column.eq(stored)).execute();
    }

    private static ConnectionRef ref(String tenant, String id) {
        return new ConnectionRef(new TenantId(tenant), new ConnectionId(id));
    }
}
