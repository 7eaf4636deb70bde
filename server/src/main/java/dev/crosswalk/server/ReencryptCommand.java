package dev.crosswalk.server;

import dev.crosswalk.adapters.persistence.CrosswalkDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosswalk reencrypt}: the last step of changing the token key. With the new key in
 * {@value ServerSettings#TOKEN_KEY_ENV} and the old ones in {@value ServerSettings#PREVIOUS_TOKEN_KEYS_ENV}, it
 * rewrites every stored secret under the new key; the old ones can then be dropped. Safe while servers run on
 * PostgreSQL (an embedded H2 database only while the server is stopped), and safe to run again.
 */
@Command(name = "reencrypt", mixinStandardHelpOptions = true,
        description = "Rewrite every stored token and secret under the current token key (CROSSWALK_TOKEN_KEY),"
                + " reading older ones with CROSSWALK_PREVIOUS_TOKEN_KEYS.")
final class ReencryptCommand implements Callable<Integer> {

    @Option(names = "--config", required = true, description = "The server's properties file (its database).")
    Path config;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;

    ReencryptCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        ServerSettings settings = ServerSettings.load(config, environment);
        PrintWriter out = spec.commandLine().getOut();
        try (CrosswalkDatabase database = CrosswalkDatabase.open(settings.database())) {
            CrosswalkDatabase.Reencrypted done = database.reencrypt();
            out.println(done.rewritten() + " stored values re-encrypted under token key "
                    + settings.database().tokenKey().id() + "; " + done.alreadyCurrent() + " already were. "
                    + ServerSettings.PREVIOUS_TOKEN_KEYS_ENV + " can now be left out.");
        }
        out.flush();
        return 0;
    }
}
