package dev.crosswalk.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OAuthTokensTest {

    private static final Instant ISSUED = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant EXPIRES = ISSUED.plus(Duration.ofHours(2));
    private static final Duration BUFFER = Duration.ofSeconds(30);

    private final OAuthTokens tokens =
            OAuthTokens.builder(ISSUED).accessToken(Secret.of("access-abc")).refreshToken(Secret.of("refresh-xyz"))
                    .expiresAt(EXPIRES).build();

    @Test
    void showsNoTokenWhenPrinted() {
        assertThat(tokens.toString())
                .doesNotContain("access-abc")
                .doesNotContain("refresh-xyz")
                .contains(EXPIRES.toString());
    }

    @Test
    void needsNoRefreshBeforeTheBufferStarts() {
        assertThat(tokens.needsRefreshAt(EXPIRES.minus(BUFFER).minusMillis(1), BUFFER)).isFalse();
    }

    @Test
    void needsRefreshExactlyWhenTheBufferStarts() {
        assertThat(tokens.needsRefreshAt(EXPIRES.minus(BUFFER), BUFFER)).isTrue();
    }

    @Test
    void needsRefreshAtAndAfterExpiry() {
        assertThat(tokens.needsRefreshAt(EXPIRES, BUFFER)).isTrue();
        assertThat(tokens.needsRefreshAt(EXPIRES.plusSeconds(3600), Duration.ZERO)).isTrue();
        assertThat(tokens.needsRefreshAt(EXPIRES, Duration.ZERO)).isTrue();
        assertThat(tokens.needsRefreshAt(EXPIRES.minusMillis(1), Duration.ZERO)).isFalse();
    }

    @Test
    void needsRefreshWhenNoAccessTokenWasIssued() {
        OAuthTokens refreshOnly = OAuthTokens.builder(ISSUED).refreshToken(Secret.of("refresh-xyz")).build();

        assertThat(refreshOnly.needsRefreshAt(ISSUED, BUFFER)).isTrue();
        assertThat(refreshOnly.access()).isEmpty();
        assertThat(refreshOnly.refresh()).contains(Secret.of("refresh-xyz"));
    }

    @Test
    void aTokenWithoutKnownExpiryNeverNeedsRefreshAheadOfTime() {
        OAuthTokens noExpiry = OAuthTokens.builder(ISSUED).accessToken(Secret.of("access-abc")).build();

        assertThat(noExpiry.needsRefreshAt(ISSUED.plus(Duration.ofDays(365)), BUFFER)).isFalse();
    }
}
