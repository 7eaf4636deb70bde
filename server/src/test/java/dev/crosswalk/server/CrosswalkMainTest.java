package dev.crosswalk.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line as a user types it: names in usage lines and versions on every subcommand. */
class CrosswalkMainTest {

    @Test
    void namesTheEmulatorCommandAsItIsTyped() {
        String usage = run("emulator", "--help");

        assertThat(usage).startsWith("Usage: crosswalk emulator ").doesNotContain("salesforce-emulator");
    }

    @Test
    void listsEachEmulatorsOptionsUnderTheProviderChoice() {
        String usage = run("emulator", "--help");

        assertThat(usage).contains("--provider", "Options with --provider hubspot:", "--portals", "--orgs");
    }

    @Test
    void printsTheVersionOnEverySubcommand() {
        for (String subcommand : new String[] {"serve", "demo", "emulator", "check-mapping", "keys"}) {
            assertThat(run(subcommand, "-V")).as(subcommand).startsWith("Crosswalk ");
        }
        assertThat(run("-V")).startsWith("Crosswalk ");
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = CrosswalkMain.commandLine();
        commandLine.setOut(new PrintWriter(out));
        assertThat(commandLine.execute(args)).isZero();
        return out.toString();
    }
}
