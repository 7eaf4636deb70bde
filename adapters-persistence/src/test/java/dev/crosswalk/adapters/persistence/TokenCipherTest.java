package dev.crosswalk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.adapters.persistence.TokenCipher.Role;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import org.junit.jupiter.api.Test;

class TokenCipherTest {

    private static final Secret TOKEN = Secret.of("00Dxx0000001gPL!AQ4AQ.access");
    private static final ConnectionRef REF = new ConnectionRef(new TenantId("acme"), new ConnectionId("prod"));

    private final TokenCipher cipher = new TokenCipher(TokenEncryptionKey.generate());

    @Test
    void decryptsWhatItEncrypted() {
        String stored = cipher.encrypt(TOKEN, REF, Role.ACCESS_TOKEN);

        assertThat(cipher.decrypt(stored, REF, Role.ACCESS_TOKEN)).isEqualTo(TOKEN);
    }

    @Test
    void aValueDecryptedBeforeStillDecryptsForItsOwnConnectionAndRoleOnly() {
        String stored = cipher.encrypt(TOKEN, REF, Role.ACCESS_TOKEN);
        assertThat(cipher.decrypt(stored, REF, Role.ACCESS_TOKEN)).isEqualTo(TOKEN);

        assertThat(cipher.decrypt(stored, REF, Role.ACCESS_TOKEN)).isEqualTo(TOKEN);
        assertThatThrownBy(() -> cipher.decrypt(stored, new ConnectionRef(new TenantId("other"), REF.id()),
                Role.ACCESS_TOKEN)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(stored, REF, Role.REFRESH_TOKEN))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void writesAVersionedValueWithAFreshNonceEachTime() {
        String first = cipher.encrypt(TOKEN, REF, Role.ACCESS_TOKEN);
        String second = cipher.encrypt(TOKEN, REF, Role.ACCESS_TOKEN);

        assertThat(first).startsWith("v1:").doesNotContain(TOKEN.reveal());
        assertThat(second).startsWith("v1:").isNotEqualTo(first);
    }

    @Test
    void refusesAValueCopiedFromAnotherConnection() {
        String stored = cipher.encrypt(TOKEN, REF, Role.ACCESS_TOKEN);
        ConnectionRef otherTenant = new ConnectionRef(new TenantId("globex"), REF.id());

        assertThatThrownBy(() -> cipher.decrypt(stored, otherTenant, Role.ACCESS_TOKEN))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAnAccessTokenInTheRefreshTokenColumn() {
        String stored = cipher.encrypt(TOKEN, REF, Role.ACCESS_TOKEN);

        assertThatThrownBy(() -> cipher.decrypt(stored, REF, Role.REFRESH_TOKEN))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAValueEncryptedWithAnotherKey() {
        String stored = new TokenCipher(TokenEncryptionKey.generate()).encrypt(TOKEN, REF, Role.REFRESH_TOKEN);

        assertThatThrownBy(() -> cipher.decrypt(stored, REF, Role.REFRESH_TOKEN))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refresh token of connection acme/prod")
                .hasMessageContaining("key differs");
    }

    @Test
    void refusesAnAlteredValue() {
        String stored = cipher.encrypt(TOKEN, REF, Role.ACCESS_TOKEN);
        int middle = stored.length() / 2;
        char flipped = stored.charAt(middle) == 'A' ? 'B' : 'A';
        String altered = stored.substring(0, middle) + flipped + stored.substring(middle + 1);

        assertThatThrownBy(() -> cipher.decrypt(altered, REF, Role.ACCESS_TOKEN))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAValueOfAnUnknownFormat() {
        assertThatThrownBy(() -> cipher.decrypt("v9:AAAA", REF, Role.ACCESS_TOKEN))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown format");
    }
}
