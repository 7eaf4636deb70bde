package dev.crosswalk.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.adapters.persistence.DatabaseSettings;
import dev.crosswalk.adapters.persistence.TokenEncryptionKey;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.embedded.Crosswalk;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code crosswalk keys} against a real H2 database in a temporary data folder. */
class KeysCommandTest {

    private static final TokenEncryptionKey TOKEN_KEY = TokenEncryptionKey.generate();
    private static final Map<String, String> ENVIRONMENT = Map.of(ServerSettings.TOKEN_KEY_ENV, TOKEN_KEY.toBase64());

    @TempDir
    Path folder;

    @Test
    void createsAKeyThatAuthenticatesAsTheTenant() throws Exception {
        Result created = keys("", "create", "--config", config(), "--tenant", "acme");

        assertThat(created.status()).as(created.output()).isZero();
        assertThat(created.output()).contains("API key of tenant 'acme' (shown once)");
        assertThat(tenantOf(created.key())).contains(new TenantId("acme"));
    }

    @Test
    void rotatesToANewKeyAndRevokesEveryEarlierOne() throws Exception {
        String first = keys("", "create", "--config", config(), "--tenant", "acme").key();
        String second = keys("", "create", "--config", config(), "--tenant", "acme").key();

        Result rotated = keys("", "rotate", "--config", config(), "--tenant", "acme");

        assertThat(rotated.status()).isZero();
        assertThat(tenantOf(rotated.key())).contains(new TenantId("acme"));
        assertThat(tenantOf(first)).isEmpty();
        assertThat(tenantOf(second)).isEmpty();
    }

    @Test
    void revokesTheKeyReadFromStandardInputAndRefusesAnotherTenantsKey() throws Exception {
        String leaked = keys("", "create", "--config", config(), "--tenant", "acme").key();
        String globex = keys("", "create", "--config", config(), "--tenant", "globex").key();

        Result refused = keys(globex + "\n", "revoke", "--config", config(), "--tenant", "acme");
        Result revoked = keys(leaked + "\n", "revoke", "--config", config(), "--tenant", "acme");
        Result nothing = keys("", "revoke", "--config", config(), "--tenant", "acme");

        assertThat(refused.status()).isOne();
        assertThat(refused.output()).contains("not a key of tenant 'acme'").doesNotContain(globex);
        assertThat(revoked.status()).as(revoked.output()).isZero();
        assertThat(nothing.status()).isOne();
        assertThat(tenantOf(leaked)).isEmpty();
        assertThat(tenantOf(globex)).contains(new TenantId("globex"));
    }

    private String config() throws Exception {
        Path file = folder.resolve("crosswalk.properties");
        Files.writeString(file, "data.dir=" + folder.resolve("data").toString().replace("\\", "/") + "\n");
        return file.toString();
    }

    private Optional<TenantId> tenantOf(String key) {
        try (Crosswalk crosswalk = Crosswalk.builder()
                .database(DatabaseSettings.h2File(folder.resolve("data"), TOKEN_KEY)).build()) {
            return crosswalk.authentication().authenticate(key);
        }
    }

    private static Result keys(String input, String... args) {
        StringWriter output = new StringWriter();
        CommandLine command = KeysCommand.commandLine(ENVIRONMENT, new BufferedReader(new StringReader(input)));
        command.setOut(new PrintWriter(output));
        int status = command.execute(args);
        return new Result(status, output.toString());
    }

    private record Result(int status, String output) {
        String key() {
            return output.lines().filter(line -> line.startsWith("cwk_")).findFirst().orElseThrow(
                    () -> new AssertionError("no key printed: " + output));
        }
    }
}
