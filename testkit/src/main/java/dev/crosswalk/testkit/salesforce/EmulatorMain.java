package dev.crosswalk.testkit.salesforce;

import dev.crosswalk.emulator.support.Standalone;
import dev.crosswalk.testkit.salesforce.rest.ControlEndpoints;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the emulator standalone until interrupted, printing what a Salesforce client needs to connect. */
@Command(name = "salesforce-emulator", mixinStandardHelpOptions = true,
        description = "A local Salesforce emulator (OAuth, REST, Composite, Bulk API 2.0) with deterministic demo data.")
public final class EmulatorMain implements Callable<Integer> {

    @Option(names = "--port", description = "TCP port on 127.0.0.1 (0 = any free port). Default: ${DEFAULT-VALUE}")
    int port = 8383;

    @Option(names = "--seed", description = "Seed of the generated data and credentials. Default: ${DEFAULT-VALUE}")
    long seed = 42L;

    @Option(names = "--accounts", description = "Number of generated Accounts. Default: ${DEFAULT-VALUE}")
    long accounts = 20;

    @Option(names = "--contacts", description = "Number of generated Contacts. Default: ${DEFAULT-VALUE}")
    long contacts = 250;

    @Option(names = "--opportunities", description = "Number of generated Opportunities. Default: ${DEFAULT-VALUE}")
    long opportunities = 40;

    @Option(names = "--leads", description = "Number of generated Leads. Default: ${DEFAULT-VALUE}")
    long leads = 50;

    @Option(names = "--deal-registrations", description = "Number of generated Deal_Registration__c records. Default: ${DEFAULT-VALUE}")
    long dealRegistrations = 10;

    @Option(names = "--daily-api-requests", description = "Daily API allowance per org. Default: ${DEFAULT-VALUE}")
    long dailyApiRequests = 100_000;

    @Option(names = "--orgs", description = "Number of orgs, each with its own data and Connected App. Default: ${DEFAULT-VALUE}")
    int orgs = 1;

    @Option(names = "--refresh-token-policy", description = "How refresh tokens behave: ${COMPLETION-CANDIDATES}."
            + " Default: ${DEFAULT-VALUE}")
    RefreshTokenPolicy refreshTokenPolicy = RefreshTokenPolicy.REUSE;

    @Option(names = "--session-lifetime", description = "How long an access token works (ISO-8601). Default: ${DEFAULT-VALUE}")
    Duration sessionLifetime = Duration.ofHours(2);

    @Option(names = "--control-api", description = "Serve the test control API under /__emulator (see the testkit README).")
    boolean controlApi;

    private final PrintStream out;

    /** A command printing to standard output; hosts may mount it as a picocli subcommand. */
    public EmulatorMain() {
        this(System.out);
    }

    EmulatorMain(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EmulatorMain(System.out)).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        SalesforceEmulator emulator = SalesforceEmulator.builder()
                .port(port).seed(seed).orgs(orgs).accounts(accounts).contacts(contacts).opportunities(opportunities)
                .leads(leads).dealRegistrations(dealRegistrations).dailyApiRequests(dailyApiRequests)
                .refreshTokenPolicy(refreshTokenPolicy).accessTokenLifetime(sessionLifetime).controlApi(controlApi)
                .start();
        printBanner(emulator);
        Standalone.runUntilShutdown(emulator);
        return 0;
    }

    void printBanner(SalesforceEmulator emulator) {
        out.println("Salesforce emulator listening on " + emulator.baseUrl() + " (API " + emulator.apiVersion() + ")");
        out.println("  login host / instance URL: " + emulator.baseUrl());
        for (EmulatorCredentials credentials : emulator.orgCredentials()) {
            out.println("  org id:                    " + credentials.organizationId());
            out.println("  client id:                 " + credentials.clientId());
            out.println("  client secret:             " + credentials.clientSecret());
            out.println("  username:                  " + credentials.username());
            out.println("  password:                  " + credentials.password() + "  (security token " + credentials.securityToken() + ")");
            out.println("  refresh token:             " + credentials.refreshToken());
        }
        out.println("Refresh tokens: " + refreshTokenPolicy + "; sessions last " + sessionLifetime
                + (controlApi ? "; control API at " + emulator.baseUrl() + ControlEndpoints.PREFIX : ""));
        out.println("Data per org: " + accounts + " accounts, " + contacts + " contacts, " + opportunities + " opportunities, "
                + leads + " leads, " + dealRegistrations + " deal registrations; seed " + seed + ". Press Ctrl+C to stop.");
        out.flush();
    }
}
