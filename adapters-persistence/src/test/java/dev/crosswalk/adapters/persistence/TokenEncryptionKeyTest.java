package dev.crosswalk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenEncryptionKeyTest {

    @Test
    void readsBackTheKeyItWroteAsBase64() {
        TokenEncryptionKey key = TokenEncryptionKey.generate();

        assertThat(TokenEncryptionKey.fromBase64(key.toBase64()).toBase64()).isEqualTo(key.toBase64());
    }

    @Test
    void generatesA256BitKeyThatDiffersEachTime() {
        String first = TokenEncryptionKey.generate().toBase64();

        assertThat(Base64.getDecoder().decode(first)).hasSize(32);
        assertThat(TokenEncryptionKey.generate().toBase64()).isNotEqualTo(first);
    }

    @Test
    void rejectsAKeyOfAnotherLengthWithoutRepeatingIt() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> TokenEncryptionKey.fromBase64(shortKey))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes")
                .hasMessageContaining("16 bytes")
                .hasMessageNotContaining(shortKey);
    }

    @Test
    void rejectsTextThatIsNotBase64WithoutRepeatingIt() {
        assertThatThrownBy(() -> TokenEncryptionKey.fromBase64("not*base64*at-all"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("not*base64*at-all");
    }

    @Test
    void masksTheKeyWhenPrinted() {
        TokenEncryptionKey key = TokenEncryptionKey.generate();

        assertThat(key.toString()).doesNotContain(key.toBase64()).contains("****");
    }
}
