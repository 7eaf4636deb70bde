package dev.crosswalk.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.fakes.InMemoryConnectionStore;
import dev.crosswalk.core.fakes.InMemoryTenantStore;
import dev.crosswalk.core.fakes.InMemoryTokenStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeyAuthenticationServiceTest {

    private final InMemoryTenantStore tenants = new InMemoryTenantStore();
    private final TenantProvisioningService provisioning =
            new TenantProvisioningService(tenants, new InMemoryConnectionStore(), new InMemoryTokenStore(),
                    new dev.crosswalk.core.fakes.InMemoryTransactions(), new dev.crosswalk.core.fakes.InMemoryWebhooks(),
                    java.time.Clock.systemUTC());
    private final ApiKeyAuthenticationService authentication = new ApiKeyAuthenticationService(tenants);

    private final TenantId acme = new TenantId("acme");

    @Test
    void anIssuedKeyAuthenticatesAsItsTenant() {
        Secret key = provisioning.issueApiKey(acme, "Acme Corp");

        assertThat(authentication.authenticate(key.reveal())).contains(acme);
    }

    @Test
    void eachTenantsKeyAuthenticatesAsThatTenantOnly() {
        TenantId globex = new TenantId("globex");
        Secret acmeKey = provisioning.issueApiKey(acme, "Acme Corp");
        Secret globexKey = provisioning.issueApiKey(globex, "Globex");

        assertThat(authentication.authenticate(acmeKey.reveal())).contains(acme);
        assertThat(authentication.authenticate(globexKey.reveal())).contains(globex);
    }

    @Test
    void aTenantMayHoldSeveralKeysAndEachWorks() {
        Secret first = provisioning.issueApiKey(acme, "Acme Corp");
        Secret second = provisioning.issueApiKey(acme, "Acme Corp");

        assertThat(first).isNotEqualTo(second);
        assertThat(authentication.authenticate(first.reveal())).contains(acme);
        assertThat(authentication.authenticate(second.reveal())).contains(acme);
    }

    @Test
    void issuesKeysWithThePrefixAndEnoughRandomness() {
        Secret key = provisioning.issueApiKey(acme, "Acme Corp");

        // cwk_ + 32 random bytes in unpadded base64url
        assertThat(key.reveal()).startsWith("cwk_").hasSize(4 + 43).matches("cwk_[A-Za-z0-9_-]{43}");
    }

    @Test
    void storesOnlyAHashOfTheKeyNeverTheKeyItself() {
        Secret key = provisioning.issueApiKey(acme, "Acme Corp");
        authentication.authenticate(key.reveal());

        assertThat(tenants.everythingReceived()).noneMatch(text -> text.contains(key.reveal()));
        assertThat(tenants.everythingReceived()).noneMatch(text -> text.contains(key.reveal().substring(4)));
        assertThat(tenants.storedKeyHashes()).containsExactly(hexSha256(key.reveal()));
    }

    private static String hexSha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new AssertionError(impossible);
        }
    }

    @Test
    void anUnknownKeyAuthenticatesNobody() {
        provisioning.issueApiKey(acme, "Acme Corp");

        assertThat(authentication.authenticate("cwk_" + "A".repeat(43))).isEmpty();
    }

    @Test
    void aKeyDifferingInCaseAuthenticatesNobody() {
        Secret key = provisioning.issueApiKey(acme, "Acme Corp");
        String flipped = key.reveal().toUpperCase(java.util.Locale.ROOT);

        assertThat(authentication.authenticate(flipped)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void aMissingOrBlankKeyAuthenticatesNobodyWithoutAskingTheStore(String key) {
        assertThat(authentication.authenticate(key)).isEmpty();
        assertThat(tenants.everythingReceived()).isEmpty();
    }

    @Test
    void anOverLongKeyAuthenticatesNobodyWithoutAskingTheStore() {
        assertThat(authentication.authenticate("k".repeat(257))).isEmpty();
        assertThat(tenants.everythingReceived()).isEmpty();
    }

    @Test
    void aKeyOfTheLongestAllowedLengthIsLookedUp() {
        assertThat(authentication.authenticate("k".repeat(256))).isEmpty();
        assertThat(tenants.everythingReceived()).hasSize(1);
    }
}
