package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class SalesforceEmulatorLifecycleTest {

    @AutoClose
    static final SalesforceEmulator SF = SalesforceEmulator.builder().seed(7L).accounts(2).contacts(4).start();

    @Test
    void listensOnLoopbackAndServesTheNewestVersion() {
        assertThat(SF.baseUrl().toString()).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(SF.apiVersion()).isEqualTo("v62.0");
    }

    @Test
    void requestLogCountsExactlyTheCallsMade() {
        SalesforceEmulator emulator = SF;
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
    void credentialsDoNotPrintTheirSecrets() {
        EmulatorCredentials credentials = SF.credentials();
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
}
