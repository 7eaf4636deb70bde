package dev.crosswalk.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretTest {

    @Test
    void neverShowsItsValueWhenPrinted() {
        Secret secret = Secret.of("00Dxx0000001gPL!AQ4AQFhz");

        assertThat(secret.toString()).doesNotContain("00Dxx").doesNotContain("AQ4AQ").isEqualTo("Secret[****]");
        assertThat(String.valueOf(secret)).doesNotContain("AQ4AQ");
        assertThat("token " + secret).doesNotContain("AQ4AQ");
    }

    @Test
    void revealsItsValueOnlyWhenAsked() {
        assertThat(Secret.of("s3cret").reveal()).isEqualTo("s3cret");
    }

    @Test
    void equalsAnotherSecretOfTheSameValueOnly() {
        assertThat(Secret.of("abc")).isEqualTo(Secret.of("abc")).hasSameHashCodeAs(Secret.of("abc"));
        assertThat(Secret.of("abc")).isNotEqualTo(Secret.of("abd")).isNotEqualTo(Secret.of("ab"));
        assertThat(Secret.of("abc")).isNotEqualTo("abc");
    }

    @Test
    void refusesAnEmptyOrMissingValue() {
        assertThatThrownBy(() -> Secret.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Secret.of(null)).isInstanceOf(NullPointerException.class);
    }
}
