package dev.crosswalk.emulator.hubspot;

import dev.crosswalk.emulator.support.Standalone;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the HubSpot emulator standalone until interrupted, printing what a HubSpot client needs: the base URL, and
 * per portal a private-app token, the OAuth app's client id and secret and a refresh token. The first lines are
 * {@code base url: …} and {@code private app token: …} so a script can read them.
 */
@Command(name = "hubspot-emulator", mixinStandardHelpOptions = true,
        description = "A local HubSpot CRM v3 emulator (OAuth, private apps, objects, search, properties) with seeded data.")
public final class HubSpotEmulatorMain implements Callable<Integer> {

    @Option(names = "--port", description = "TCP port on 127.0.0.1 (0 = any free port). Default: ${DEFAULT-VALUE}")
    int port = 8384;

    @Option(names = "--seed", description = "Seed of the generated data and credentials. Default: ${DEFAULT-VALUE}")
    long seed = 42L;

    @Option(names = "--portals", description = "Number of portals (hub ids). Default: ${DEFAULT-VALUE}")
    int portals = 1;

    @Option(names = "--companies", description = "Companies per portal. Default: ${DEFAULT-VALUE}")
    int companies = 20;

    @Option(names = "--contacts", description = "Contacts per portal. Default: ${DEFAULT-VALUE}")
    int contacts = 250;

    @Option(names = "--deals", description = "Deals per portal. Default: ${DEFAULT-VALUE}")
    int deals = 40;

    @Option(names = "--burst-limit", description = "Requests per portal and token kind in any 10 s. Default: ${DEFAULT-VALUE}")
    int burstLimit = 110;

    @Option(names = "--searches-per-second", description = "Searches per portal in any second. Default: ${DEFAULT-VALUE}")
    int searchesPerSecond = 5;

    @Option(names = "--access-token-lifetime", description = "How long an OAuth access token works (ISO-8601). Default: ${DEFAULT-VALUE}")
    Duration accessTokenLifetime = Duration.ofMinutes(30);

    @Option(names = "--redirect-uri", description = "The OAuth app's redirect URI. Default: ${DEFAULT-VALUE}")
    String redirectUri = "http://127.0.0.1:8080/oauth/callback";

    private final PrintStream out;

    /** A command printing to standard output; hosts may mount it as a picocli subcommand. */
    public HubSpotEmulatorMain() {
        this(System.out);
    }

    HubSpotEmulatorMain(PrintStream out) {
        this.out = out;
    }

    /** Parses the options, starts the emulator and blocks until Ctrl+C. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new HubSpotEmulatorMain(System.out)).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        HubSpotEmulator emulator = HubSpotEmulator.builder().port(port).seed(seed).portals(portals).companies(companies)
                .contacts(contacts).deals(deals).burstLimit(burstLimit).searchesPerSecond(searchesPerSecond)
                .accessTokenLifetime(accessTokenLifetime).redirectUri(redirectUri).start();
        printBanner(emulator);
        Standalone.runUntilShutdown(emulator);
        return 0;
    }

    void printBanner(HubSpotEmulator emulator) {
        out.println("base url: " + emulator.baseUrl());
        out.println("private app token: " + emulator.credentials().privateAppToken());
        out.println("HubSpot emulator listening on " + emulator.baseUrl() + " (CRM v3, OAuth v1)");
        out.println("  client id:        " + emulator.credentials().clientId());
        out.println("  client secret:    " + emulator.credentials().clientSecret());
        out.println("  redirect uri:     " + emulator.credentials().redirectUri());
        for (HubSpotCredentials portal : emulator.portalCredentials()) {
            out.println("  hub id:           " + portal.hubId());
            out.println("    private app token: " + portal.privateAppToken());
            out.println("    refresh token:     " + portal.refreshToken());
        }
        out.println("Data per portal: " + companies + " companies, " + contacts + " contacts, " + deals + " deals; seed " + seed
                + ". Press Ctrl+C to stop.");
        out.flush();
    }
}
