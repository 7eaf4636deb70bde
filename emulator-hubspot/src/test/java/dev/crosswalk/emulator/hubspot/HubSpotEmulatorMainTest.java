package dev.crosswalk.emulator.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HubSpotEmulatorMainTest {

    @Test
    void printsTheBaseUrlAndAPrivateAppTokenFirstSoScriptsCanReadThem() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        HubSpotEmulatorMain main = new HubSpotEmulatorMain(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        new CommandLine(main).parseArgs("--port", "0", "--portals", "2", "--contacts", "3");
        try (HubSpotEmulator emulator = HubSpotEmulator.builder().port(0).portals(2).contacts(3).start()) {
            main.printBanner(emulator);
            String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
            assertThat(lines[0]).isEqualTo("base url: " + emulator.baseUrl());
            assertThat(lines[1]).isEqualTo("private app token: " + emulator.credentials().privateAppToken());
            assertThat(bytes.toString(StandardCharsets.UTF_8))
                    .contains(emulator.credentials().clientSecret(), emulator.portalCredentials().get(1).refreshToken());
        }
    }

    @Test
    void credentialsDoNotPrintTheirSecrets() {
        HubSpotCredentials credentials = new HubSpotCredentials(1L, "id", "the-secret", "http://x", "the-refresh", "pat-x");
        assertThat(credentials.toString()).contains("id").doesNotContain("the-secret", "the-refresh", "pat-x");
    }
}
