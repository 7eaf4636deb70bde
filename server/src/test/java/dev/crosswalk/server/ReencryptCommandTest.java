package dev.crosswalk.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.adapters.persistence.CrosswalkDatabase;
import dev.crosswalk.adapters.persistence.DatabaseSettings;
import dev.crosswalk.adapters.persistence.TokenEncryptionKey;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Changing the token key with {@code crosswalk reencrypt} on a real H2 database. */
class ReencryptCommandTest {

    private static final ConnectionRef REF = new ConnectionRef(new TenantId("acme"), new ConnectionId("sf"));

    @TempDir
    Path folder;

    @Test
    void rewritesTheTokensAndSecretSettingsUnderTheNewKeySoTheServerStartsWithItAlone() throws Exception {
        TokenEncryptionKey old = TokenEncryptionKey.generate();
        TokenEncryptionKey next = TokenEncryptionKey.generate();
        OAuthTokens tokens = OAuthTokens.builder(Instant.parse("2026-12-06T10:00:00Z"))
                .refreshToken(Secret.of("refresh-token")).build();
        Connection ownApp = Connection.builder(REF, "salesforce", URI.create("https://acme.example"))
                .settings(Map.of("client_id", "3MVG9own")).secretSettings(Map.of("client_secret",
                        Secret.of("own-app-secret"))).build();
        try (CrosswalkDatabase database = CrosswalkDatabase.open(DatabaseSettings.h2File(data(), old))) {
            database.tenants().createTenant(REF.tenant(), "Acme");
            database.connections().save(ownApp);
            database.tokens().save(REF, tokens);
        }

        StringWriter output = new StringWriter();
        int status = new CommandLine(new ReencryptCommand(Map.of(ServerSettings.TOKEN_KEY_ENV, next.toBase64(),
                ServerSettings.PREVIOUS_TOKEN_KEYS_ENV, old.toBase64()))).setOut(new PrintWriter(output))
                .execute("--config", config());

        assertThat(status).as(output.toString()).isZero();
        assertThat(output.toString()).contains("2 stored values re-encrypted under token key " + next.id())
                .doesNotContain(next.toBase64()).doesNotContain(old.toBase64());
        try (CrosswalkDatabase database = CrosswalkDatabase.open(DatabaseSettings.h2File(data(), next))) {
            assertThat(database.tokens().load(REF)).contains(tokens);
            assertThat(database.connections().find(REF)).as("the connection's own app secret too").contains(ownApp);
        }
    }

    @Test
    void namesAPreviousKeyThatIsNotAKey() throws Exception {
        StringWriter output = new StringWriter();
        CommandLine command = new CommandLine(new ReencryptCommand(Map.of(ServerSettings.TOKEN_KEY_ENV,
                TokenEncryptionKey.generate().toBase64(), ServerSettings.PREVIOUS_TOKEN_KEYS_ENV, "not-a-key")))
                .setOut(new PrintWriter(output)).setErr(new PrintWriter(output));

        assertThat(command.execute("--config", config())).isNotZero();
        assertThat(output.toString()).contains("key 1 of CROSSWALK_PREVIOUS_TOKEN_KEYS is not a usable key");
    }

    private Path data() {
        return folder.resolve("data");
    }

    private String config() throws Exception {
        Path file = folder.resolve("crosswalk.properties");
        Files.writeString(file, "data.dir=" + data().toString().replace("\\", "/") + "\n");
        return file.toString();
    }
}
