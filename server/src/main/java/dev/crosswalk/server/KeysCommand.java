package dev.crosswalk.server;

import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.in.ProvisionTenantUseCase;
import dev.crosswalk.embedded.Crosswalk;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosswalk keys create|rotate|revoke}: a tenant's API keys, in the database the server's configuration names
 * (so an embedded H2 database only while the server is stopped; PostgreSQL any time). A key is printed once and
 * stored only as its hash; a key to revoke is read from standard input, never from the command line.
 */
final class KeysCommand {

    private KeysCommand() {
    }

    /**
     * @param environment where {@value ServerSettings#TOKEN_KEY_ENV} is read
     * @param input where {@code revoke} reads the key
     * @return the {@code keys} command with its three subcommands
     */
    static CommandLine commandLine(Map<String, String> environment, BufferedReader input) {
        CommandLine keys = new CommandLine(new Group());
        keys.addSubcommand("create", new Create(environment));
        keys.addSubcommand("rotate", new Rotate(environment));
        keys.addSubcommand("revoke", new Revoke(environment, input));
        return keys;
    }

    @Command(name = "keys", mixinStandardHelpOptions = true,
            description = "Create, rotate and revoke a tenant's API keys (create | rotate | revoke).")
    static final class Group implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getOut());
            return 2;
        }
    }

    /** The options every subcommand takes. */
    static final class Target {
        @Option(names = "--config", required = true, description = "The server's properties file (its database).")
        Path config;

        @Option(names = "--tenant", required = true, description = "The tenant id.")
        String tenant;
    }

    /** Opens the configured database without starting a connector, runs one provisioning step, closes it. */
    abstract static class KeyStep implements Callable<Integer> {
        @Mixin
        Target target;

        @Spec
        CommandSpec spec;

        private final Map<String, String> environment;

        KeyStep(Map<String, String> environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() throws IOException {
            ServerSettings settings = ServerSettings.load(target.config, environment);
            PrintWriter out = spec.commandLine().getOut();
            try (Crosswalk crosswalk = Crosswalk.builder().database(settings.database()).build()) {
                int status = run(crosswalk.provisioning(), new TenantId(target.tenant), out);
                out.flush();
                return status;
            }
        }

        abstract int run(ProvisionTenantUseCase provisioning, TenantId tenant, PrintWriter out) throws IOException;
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create the tenant if needed and issue it one more API key; print it once.")
    static final class Create extends KeyStep {
        Create(Map<String, String> environment) {
            super(environment);
        }

        @Override
        int run(ProvisionTenantUseCase provisioning, TenantId tenant, PrintWriter out) {
            printKey(out, tenant, provisioning.issueApiKey(tenant, tenant.value()), "");
            return 0;
        }
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = "Issue the tenant a new API key and revoke every earlier one; print it once.")
    static final class Rotate extends KeyStep {
        Rotate(Map<String, String> environment) {
            super(environment);
        }

        @Override
        int run(ProvisionTenantUseCase provisioning, TenantId tenant, PrintWriter out) {
            printKey(out, tenant, provisioning.replaceApiKeys(tenant, tenant.value()),
                    "; every earlier key is revoked (other server nodes stop accepting them within 5 s)");
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Revoke one API key of the tenant, read from standard input.")
    static final class Revoke extends KeyStep {
        private final BufferedReader input;

        Revoke(Map<String, String> environment, BufferedReader input) {
            super(environment);
            this.input = input;
        }

        @Override
        int run(ProvisionTenantUseCase provisioning, TenantId tenant, PrintWriter out) throws IOException {
            String line = input.readLine();
            if (line == null || line.isBlank()) {
                out.println("no key on standard input; pipe the key to revoke into this command");
                return 1;
            }
            if (!provisioning.revokeApiKey(tenant, Secret.of(line.strip()))) {
                out.println("that is not a key of tenant '" + tenant.value() + "'; nothing was revoked");
                return 1;
            }
            out.println("revoked; other server nodes stop accepting the key within 5 s");
            return 0;
        }
    }

    private static void printKey(PrintWriter out, TenantId tenant, Secret key, String more) {
        out.println("API key of tenant '" + tenant.value() + "' (shown once)" + more + ":");
        out.println(key.reveal());
    }
}
