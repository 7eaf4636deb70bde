package dev.crosswalk.server;

import dev.crosswalk.emulator.hubspot.HubSpotEmulatorMain;
import dev.crosswalk.testkit.salesforce.EmulatorMain;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code crosswalk emulator [--provider salesforce|hubspot] [options]}: runs a provider's emulator standalone; every
 * other option is the chosen emulator's own (its usage is printed under this one's).
 */
@Command(name = "emulator", mixinStandardHelpOptions = true,
        description = "Run a CRM emulator standalone, printing what a client needs to connect to it.")
final class EmulatorCommand implements Callable<Integer> {

    /** The emulators the command can start. */
    enum Provider { SALESFORCE, HUBSPOT }

    @Option(names = "--provider", description = "Which emulator: salesforce or hubspot. Default: salesforce",
            converter = ProviderConverter.class)
    Provider provider = Provider.SALESFORCE;

    @Unmatched
    List<String> options = new ArrayList<>();

    @Override
    public Integer call() {
        return emulator(provider).execute(options.toArray(String[]::new));
    }

    /** @return this command's line, with the usage of each provider's options as its footer */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new EmulatorCommand());
        StringBuilder footer = new StringBuilder();
        for (Provider provider : Provider.values()) {
            footer.append("%nOptions with --provider ").append(provider.name().toLowerCase(java.util.Locale.ROOT)).append(":%n")
                    .append(emulator(provider).getUsageMessage().replace("%", "%%"));
        }
        commandLine.getCommandSpec().usageMessage().footer(footer.toString());
        return commandLine;
    }

    private static CommandLine emulator(Provider provider) {
        Object main = provider == Provider.HUBSPOT ? new HubSpotEmulatorMain() : new EmulatorMain();
        return new CommandLine(main).setCommandName("emulator --provider " + provider.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Accepts the provider's name in any letter case. */
    static final class ProviderConverter implements CommandLine.ITypeConverter<Provider> {
        @Override
        public Provider convert(String value) {
            return Provider.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
