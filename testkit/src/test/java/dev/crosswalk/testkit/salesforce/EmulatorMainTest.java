package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EmulatorMainTest {

    @Test
    void bannerShowsEverythingAClientNeedsToConnect() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EmulatorMain main = new EmulatorMain(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        new CommandLine(main).parseArgs("--port", "0", "--seed", "9", "--contacts", "3", "--accounts", "1");
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().seed(main.seed).contacts(main.contacts).start()) {
            main.printBanner(emulator);

            String banner = bytes.toString(StandardCharsets.UTF_8);
            EmulatorCredentials credentials = emulator.credentials();
            assertThat(banner).contains(emulator.baseUrl().toString(), credentials.clientId(), credentials.clientSecret(),
                    credentials.refreshToken(), credentials.username());
        }
    }

    @Test
    void optionsAreParsed() {
        EmulatorMain main = new EmulatorMain(System.out);
        new CommandLine(main).parseArgs("--port", "9999", "--seed", "5", "--contacts", "1000000", "--accounts", "10");

        assertThat(main.port).isEqualTo(9999);
        assertThat(main.seed).isEqualTo(5L);
        assertThat(main.contacts).isEqualTo(1_000_000L);
        assertThat(main.accounts).isEqualTo(10L);
    }

    @Test
    void takesTheRefreshTokenPolicySessionLifetimeAndControlApi() {
        EmulatorMain main = new EmulatorMain(System.out);
        new CommandLine(main).parseArgs("--refresh-token-policy", "ROTATE_AND_REVOKE_ON_REPLAY",
                "--session-lifetime", "PT1M", "--control-api");

        assertThat(main.refreshTokenPolicy).isEqualTo(RefreshTokenPolicy.ROTATE_AND_REVOKE_ON_REPLAY);
        assertThat(main.sessionLifetime).isEqualTo(java.time.Duration.ofMinutes(1));
        assertThat(main.controlApi).isTrue();
        EmulatorMain defaults = new EmulatorMain(System.out);
        new CommandLine(defaults).parseArgs();
        assertThat(defaults.controlApi).isFalse();
        assertThat(defaults.refreshTokenPolicy).isEqualTo(RefreshTokenPolicy.REUSE);
    }

    @Test
    void sameSeedGivesTheSameCredentials() {
        try (SalesforceEmulator a = SalesforceEmulator.builder().seed(3).start();
                SalesforceEmulator b = SalesforceEmulator.builder().seed(3).start()) {
            assertThat(a.credentials()).isEqualTo(b.credentials());
        }
    }
}
