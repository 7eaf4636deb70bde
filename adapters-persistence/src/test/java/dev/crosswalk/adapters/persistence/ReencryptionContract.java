package dev.crosswalk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.PendingAuthorization;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.domain.WebhookEndpoint;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Changing the token key: a node given the new key and the old one rewrites every secret, then the old key can go. */
abstract class ReencryptionContract extends DatabaseContract {

    @Test
    void rewritesEverySecretUnderTheNewKeySoTheOldOneCanGo() {
        TenantId tenant = newTenant();
        Connection connection = salesforceConnection(tenant, "sf").toBuilder()
                .secretSettings(java.util.Map.of("client_secret", Secret.of("customer-app-secret"))).build();
        ConnectionRef ref = connection.ref();
        database.connections().save(connection);
        OAuthTokens tokens = OAuthTokens.builder(clock.instant()).accessToken(Secret.of("access-token"))
                .refreshToken(Secret.of("refresh-token")).build();
        database.tokens().save(ref, tokens);
        database.webhooks().addEndpoint(new WebhookEndpoint(tenant, "wh_1", URI.create("https://hooks.example"),
                clock.instant()), Secret.of("whsec_1"));
        PendingAuthorization pending = new PendingAuthorization("state-1", ref, "salesforce", java.util.Map.of(),
                java.util.Map.of("client_secret", Secret.of("customer-app-secret")), Secret.of("verifier"), URI.create("https://crosswalk.example/oauth/callback"), Optional.empty(),
                clock.instant().plus(Duration.ofMinutes(10)));
        database.authorizations().save(pending, clock.instant());
        TokenEncryptionKey next = TokenEncryptionKey.generate();
        assertThatThrownBy(() -> openAnother(next)).hasMessageContaining("another key");

        CrosswalkDatabase.Reencrypted done = openAnother(next.readingAlso(List.of(key))).reencrypt();

        assertThat(done.rewritten()).isGreaterThanOrEqualTo(6);
        CrosswalkDatabase withTheNewKeyOnly = openAnother(next);
        assertThat(withTheNewKeyOnly.connections().find(ref)).contains(connection);
        assertThat(rawValue("SELECT secret_settings_ciphertext FROM connections WHERE tenant_id = ?", tenant.value()))
                .startsWith("v2:" + next.id() + ":");
        assertThat(withTheNewKeyOnly.tokens().load(ref)).contains(tokens);
        assertThat(withTheNewKeyOnly.authorizations().take("state-1")).contains(pending);
        withTheNewKeyOnly.outbox().append(new dev.crosswalk.core.domain.ConnectionEvent(
                dev.crosswalk.core.domain.ConnectionEvent.Type.DELETED, ref, "salesforce", clock.instant(), "gone"));
        assertThat(withTheNewKeyOnly.webhooks().due(clock.instant(), 1000))
                .filteredOn(due -> due.endpoint().tenant().equals(tenant)).singleElement()
                .satisfies(due -> assertThat(due.signingSecret()).isEqualTo(Secret.of("whsec_1")));
        assertThat(rawValue("SELECT secret_ciphertext FROM webhook_endpoints WHERE tenant_id = ?", tenant.value()))
                .startsWith("v2:" + next.id() + ":");
        assertThat(withTheNewKeyOnly.reencrypt().rewritten()).isZero();
    }
}
