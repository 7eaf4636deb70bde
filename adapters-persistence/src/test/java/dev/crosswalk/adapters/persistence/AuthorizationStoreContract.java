package dev.crosswalk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.PendingAuthorization;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.out.store.UnreadableTokensException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

abstract class AuthorizationStoreContract extends DatabaseContract {

    private static final URI CALLBACK = URI.create("https://crosswalk.example/oauth/callback");

    private PendingAuthorization pending(Instant expiresAt) {
        ConnectionRef ref = new ConnectionRef(newTenant(), new ConnectionId("sf-prod"));
        return new PendingAuthorization("state-" + UUID.randomUUID(), ref, "salesforce",
                Map.of("login_url", "https://test.salesforce.com"), Secret.of("verifier-" + UUID.randomUUID()),
                CALLBACK, Optional.of(URI.create("https://app.example/done?x=1")), expiresAt);
    }

    private Instant inTenMinutes() {
        return clock.instant().plus(Duration.ofMinutes(10));
    }

    @Test
    void givesBackWhatWasSavedOnce() {
        PendingAuthorization saved = pending(inTenMinutes());
        database.authorizations().save(saved, clock.instant());

        assertThat(database.authorizations().take(saved.state())).contains(saved);
        assertThat(database.authorizations().take(saved.state())).isEmpty();
    }

    @Test
    void keepsNeitherTheStateNorTheVerifierInTheClear() {
        PendingAuthorization saved = pending(inTenMinutes());
        database.authorizations().save(saved, clock.instant());

        String stored = rawValue("SELECT state_hash || ' ' || code_verifier_ciphertext FROM pending_authorizations"
                + " WHERE tenant_id = ?", saved.connection().tenant().value());

        assertThat(stored).doesNotContain(saved.state()).doesNotContain(saved.codeVerifier().reveal());
    }

    @Test
    void keepsTheConnectionsSecretSettingsEncryptedUntilTaken() {
        PendingAuthorization plain = pending(inTenMinutes());
        PendingAuthorization saved = new PendingAuthorization(plain.state(), plain.connection(), plain.connectorKind(),
                Map.of("client_id", "3MVG9customer"), Map.of("client_secret", Secret.of("customer-app-secret-2")),
                plain.codeVerifier(), plain.redirectUri(), plain.returnUrl(), plain.expiresAt());
        database.authorizations().save(saved, clock.instant());

        String stored = rawValue("SELECT secret_settings_ciphertext FROM pending_authorizations WHERE tenant_id = ?",
                saved.connection().tenant().value());

        assertThat(stored).startsWith("v2:" + key.id() + ":").doesNotContain("customer-app-secret-2");
        assertThat(database.authorizations().take(saved.state())).contains(saved);
    }

    @Test
    void refusesAnAuthorisationForATenantThatDoesNotExist() {
        PendingAuthorization orphan = new PendingAuthorization("state-" + UUID.randomUUID(),
                new ConnectionRef(new dev.crosswalk.core.domain.TenantId("nobody"), new ConnectionId("sf")),
                "salesforce", Map.of(), Secret.of("v"), CALLBACK, Optional.empty(), inTenMinutes());

        assertThatThrownBy(() -> database.authorizations().save(orphan, clock.instant()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no tenant 'nobody'");
    }

    @Test
    void aReturnUrlIsOptional() {
        PendingAuthorization saved = new PendingAuthorization("state-" + UUID.randomUUID(),
                new ConnectionRef(newTenant(), new ConnectionId("hs")), "hubspot", Map.of(), Secret.of("v"), CALLBACK,
                Optional.empty(), inTenMinutes());
        database.authorizations().save(saved, clock.instant());

        assertThat(database.authorizations().take(saved.state())).contains(saved);
    }

    @Test
    void ofConcurrentTakesOnTwoNodesExactlyOneGetsIt() throws Exception {
        CrosswalkDatabase otherNode = openAnother(key);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 10; round++) {
                PendingAuthorization saved = pending(inTenMinutes());
                database.authorizations().save(saved, clock.instant());
                List<Future<Optional<PendingAuthorization>>> takes = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    CrosswalkDatabase node = i % 2 == 0 ? database : otherNode;
                    Callable<Optional<PendingAuthorization>> take = () -> node.authorizations().take(saved.state());
                    takes.add(threads.submit(take));
                }
                int received = 0;
                for (var take : takes) {
                    received += take.get().isPresent() ? 1 : 0;
                }
                assertThat(received).as("round %d", round).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void anExpiredOneIsStillGivenBackUntilASaveForgetsIt() {
        PendingAuthorization expiring = pending(clock.instant().plusSeconds(60));
        PendingAuthorization alsoExpiring = pending(clock.instant().plusSeconds(60));
        database.authorizations().save(expiring, clock.instant());
        database.authorizations().save(alsoExpiring, clock.instant());
        Instant later = clock.instant().plusSeconds(61);

        assertThat(database.authorizations().take(expiring.state())).contains(expiring);
        database.authorizations().save(pending(later.plusSeconds(600)), later);
        assertThat(database.authorizations().take(alsoExpiring.state())).isEmpty();
    }

    @Test
    void aVerifierStoredUnderAnotherKeyIsReportedAsUnreadable() {
        PendingAuthorization saved = pending(inTenMinutes());
        openAnother(TokenEncryptionKey.generate()).authorizations().save(saved, clock.instant());

        assertThatThrownBy(() -> database.authorizations().take(saved.state()))
                .isInstanceOf(UnreadableTokensException.class)
                .hasMessageNotContaining(saved.state());
    }
}
