package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SalesforceEmulatorExtensionTest {

    @RegisterExtension
    static final SalesforceEmulatorExtension SF = SalesforceEmulatorExtension.builder().seed(7L).accounts(2).contacts(4).build();

    @Test
    void injectsTheRunningEmulatorAndItsCredentials(SalesforceEmulator emulator, EmulatorCredentials credentials) {
        assertThat(emulator).isSameAs(SF.emulator());
        assertThat(credentials).isEqualTo(emulator.credentials());
        assertThat(emulator.baseUrl().toString()).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(emulator.apiVersion()).isEqualTo("v62.0");
    }

    @Test
    void requestLogCountsExactlyTheCallsMade(SalesforceEmulator emulator) {
        SalesforceHttp http = new SalesforceHttp(emulator);
        emulator.requestLog().clear();

        String token = http.accessToken();
        http.query("SELECT Id FROM Contact", token);
        http.query("SELECT Id FROM Nope", token);

        assertThat(emulator.requestLog().size()).isEqualTo(3);
        assertThat(emulator.requestLog().count("POST", "/services/oauth2/token")).isEqualTo(1);
        assertThat(emulator.requestLog().countPathContaining("/query")).isEqualTo(2);
        assertThat(emulator.requestLog().requests().get(2).status()).isEqualTo(400);
        assertThat(emulator.requestLog().requests().get(1).query()).startsWith("q=SELECT");
    }

    @Test
    void credentialsDoNotPrintTheirSecrets(EmulatorCredentials credentials) {
        assertThat(credentials.toString()).doesNotContain(credentials.clientSecret()).doesNotContain(credentials.refreshToken());
    }

    @Test
    void closingTwiceIsHarmlessAndTheServerIsGone() {
        SalesforceEmulator emulator = SalesforceEmulator.builder().contacts(1).start();
        SalesforceHttp http = new SalesforceHttp(emulator);
        assertThat(http.get("/services/data", null).statusCode()).isEqualTo(200);

        emulator.close();
        emulator.close();

        assertThatThrownBy(() -> http.get("/services/data", null)).isInstanceOf(java.io.UncheckedIOException.class);
    }

    @Test
    void emulatorIsUnavailableOutsideATestLifecycle() {
        SalesforceEmulatorExtension idle = SalesforceEmulatorExtension.builder().build();

        assertThatThrownBy(idle::emulator).isInstanceOf(IllegalStateException.class);
    }
}
