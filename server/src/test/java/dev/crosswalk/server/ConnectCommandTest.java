package dev.crosswalk.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.adapters.persistence.DatabaseSettings;
import dev.crosswalk.adapters.persistence.TokenEncryptionKey;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.in.ConnectionOverview;
import dev.crosswalk.embedded.Crosswalk;
import dev.crosswalk.testkit.salesforce.ConsentBrowser;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code crosswalk connect} against the emulator's consent page, storing into a real H2 database. */
class ConnectCommandTest {

    private static final TokenEncryptionKey TOKEN_KEY = TokenEncryptionKey.generate();
    private static final Map<String, String> ENVIRONMENT = Map.of(ServerSettings.TOKEN_KEY_ENV, TOKEN_KEY.toBase64());
    private static final Pattern AUTHORIZE_URL = Pattern.compile("^(http\\S+/services/oauth2/authorize\\S+)$",
            Pattern.MULTILINE);

    @TempDir
    Path folder;

    private SalesforceEmulator emulator;
    private String callback;

    @BeforeEach
    void start() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            callback = "http://localhost:" + free.getLocalPort() + "/callback";
        }
        emulator = SalesforceEmulator.builder().seed(9).accounts(1).contacts(4).callbackUrls(callback).start();
        try (Crosswalk crosswalk = Crosswalk.builder().database(database()).build()) {
            crosswalk.provisioning().issueApiKey(new TenantId("acme"), "Acme");
        }
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void printsTheProvidersPageWaitsForItsRedirectAndStoresTheConnection() throws Exception {
        StringWriter output = new StringWriter();
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> connect(output));

        URI authorizeUrl = URI.create(awaitAuthorizeUrl(output));
        URI redirect = new ConsentBrowser().allow(authorizeUrl);
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(redirect).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.body()).contains("Go back to the terminal");
        assertThat(status.get()).as(output.toString()).isZero();
        assertThat(output.toString()).contains("Connected: connection 'acme-sf' of tenant 'acme'");
        try (Crosswalk crosswalk = Crosswalk.builder().database(database()).build()) {
            ConnectionOverview stored = crosswalk.connections().get(
                    new ConnectionRef(new TenantId("acme"), new ConnectionId("acme-sf")));
            assertThat(stored.connection().status()).isEqualTo(ConnectionStatus.ACTIVE);
            assertThat(stored.connection().instanceUrl()).isEqualTo(emulator.baseUrl());
            assertThat(stored.refreshable()).isTrue();
        }
    }

    @Test
    void saysWhenTheCustomerDeniedAccessAndStoresNothing() throws Exception {
        StringWriter output = new StringWriter();
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> connect(output));

        URI redirect = new ConsentBrowser().deny(URI.create(awaitAuthorizeUrl(output)));
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(redirect).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(status.get()).isOne();
        assertThat(output.toString()).contains("Not connected: access_denied");
    }

    @Test
    void refusesACallbackThatIsNotOnThisMachine() throws Exception {
        StringWriter output = new StringWriter();
        CommandLine command = new CommandLine(new ConnectCommand(ENVIRONMENT)).setOut(new PrintWriter(output))
                .setErr(new PrintWriter(output));

        int status = command.execute("--config", config(), "--tenant", "acme", "--connection", "acme-sf",
                "--callback", "https://crosswalk.example.com/callback");

        assertThat(status).isNotZero();
        assertThat(output.toString()).contains("loopback");
    }

    private int connect(StringWriter output) {
        try {
            CommandLine command = new CommandLine(new ConnectCommand(ENVIRONMENT)).setOut(new PrintWriter(output, true));
            return command.execute("--config", config(), "--tenant", "acme", "--connection", "acme-sf",
                    "--callback", callback);
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static String awaitAuthorizeUrl(StringWriter output) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Matcher found = AUTHORIZE_URL.matcher(output.toString());
            if (found.find()) {
                return found.group(1);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the command printed no authorize URL: " + output);
    }

    private DatabaseSettings database() {
        return DatabaseSettings.h2File(folder.resolve("data"), TOKEN_KEY);
    }

    private String config() throws Exception {
        Path file = folder.resolve("crosswalk.properties");
        Files.writeString(file, "data.dir=" + folder.resolve("data").toString().replace("\\", "/") + "\n"
                + "connector.salesforce.client_id=" + emulator.credentials().clientId() + "\n"
                + "connector.salesforce.client_secret=" + emulator.credentials().clientSecret() + "\n"
                + "connector.salesforce.login_url=" + emulator.baseUrl() + "\n"
                + "connector.salesforce.api_version=" + emulator.apiVersion() + "\n");
        return file.toString();
    }
}
