package dev.crosswalk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.adapters.persistence.TokenCipher.Role;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

        assertThat(first).startsWith("v2:").doesNotContain(TOKEN.reveal());
        assertThat(second).startsWith("v2:").isNotEqualTo(first);
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
    void refusesAValueEncryptedWithAKeyItWasNotGivenNamingThatKey() {
        TokenEncryptionKey other = TokenEncryptionKey.generate();
        String stored = new TokenCipher(other).encrypt(TOKEN, REF, Role.REFRESH_TOKEN);

        assertThat(stored).startsWith("v2:" + other.id() + ":");
        assertThatThrownBy(() -> cipher.decrypt(stored, REF, Role.REFRESH_TOKEN))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refresh token of connection acme/prod")
                .hasMessageContaining("token key " + other.id() + ", which this server was not given");
    }

    @Test
    void readsValuesOfAPreviousKeyItIsGivenAndWritesWithTheCurrentOne() {
        TokenEncryptionKey previous = TokenEncryptionKey.generate();
        TokenEncryptionKey current = TokenEncryptionKey.generate();
        String old = new TokenCipher(previous).encrypt(TOKEN, REF, Role.ACCESS_TOKEN);
        TokenCipher rotating = new TokenCipher(current.readingAlso(List.of(previous)));

        assertThat(rotating.decrypt(old, REF, Role.ACCESS_TOKEN)).isEqualTo(TOKEN);
        assertThat(rotating.underCurrentKey(old)).isFalse();
        String rewritten = rotating.encrypt(TOKEN, REF, Role.ACCESS_TOKEN);
        assertThat(rotating.underCurrentKey(rewritten)).isTrue();
        assertThatThrownBy(() -> new TokenCipher(previous).decrypt(rewritten, REF, Role.ACCESS_TOKEN))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void readsValuesWrittenBeforeKeyIdsWithAnyKeyItIsGiven() throws Exception {
        TokenEncryptionKey previous = TokenEncryptionKey.generate();
        byte[] nonce = new byte[12];
        javax.crypto.Cipher gcm = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(javax.crypto.Cipher.ENCRYPT_MODE, previous.secretKey(),
                new javax.crypto.spec.GCMParameterSpec(128, nonce));
        gcm.updateAAD(String.join("\0", "v1:", "ACCESS_TOKEN", "prod", "acme").getBytes(StandardCharsets.UTF_8));
        byte[] sealed = gcm.doFinal(TOKEN.reveal().getBytes(StandardCharsets.UTF_8));
        String legacy = "v1:" + java.util.Base64.getEncoder().encodeToString(
                java.nio.ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());

        assertThat(new TokenCipher(TokenEncryptionKey.generate().readingAlso(List.of(previous)))
                .decrypt(legacy, REF, Role.ACCESS_TOKEN)).isEqualTo(TOKEN);
        assertThatThrownBy(() -> cipher.decrypt(legacy, REF, Role.ACCESS_TOKEN))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("key differs");
    }

    @Test
    void aKeysIdIsEightHexDigitsThatStayTheSame() {
        TokenEncryptionKey key = TokenEncryptionKey.generate();

        assertThat(key.id()).matches("[0-9a-f]{8}")
                .isEqualTo(TokenEncryptionKey.fromBase64(key.toBase64()).id())
                .isNotEqualTo(TokenEncryptionKey.generate().id());
        assertThat(key.toString()).doesNotContain(key.toBase64());
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
