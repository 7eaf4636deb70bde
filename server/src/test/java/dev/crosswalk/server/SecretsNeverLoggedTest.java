package dev.crosswalk.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.testkit.salesforce.ConsentBrowser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Every log line the bundled server writes with its shipped logging configuration, and Crosswalk's own at every level,
 * over a flow that issues an API key, connects an org by the customer's authorisation (with the operator's Connected
 * App and with the customer's own), refreshes a token, fails a call, refuses a connection's bad secret settings, and
 * deletes connections (revoking their grants), holds no API key, token or secret, and no answer shows the customer
 * app's secret. (Jetty's own DEBUG level prints request headers: README tells operators.)
 */
class SecretsNeverLoggedTest {

    @TempDir
    Path dataDirectory;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void logsNoKeyTokenOrSecretOverAKeyRefreshFailureAndRevokeFlow() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        LoggerContext context = root.getLoggerContext();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.setContext(context);
        captured.start();
        Logger crosswalk = context.getLogger("dev.crosswalk");
        Level before = crosswalk.getLevel();
        root.addAppender(captured);
        crosswalk.setLevel(Level.ALL);
        List<String> secrets;
        try (Demo demo = Demo.start(dataDirectory, "127.0.0.1", 0, 20)) {
            String key = demo.apiKey().reveal();
            URI callback = connectByTheCustomersAuthorization(demo, key, "demo-oauth",
                    "{\"connector\": \"salesforce\"}");
            String ownSecret = demo.customerAppCredentials().clientSecret();
            String ownApp = "{\"connector\": \"salesforce\", \"settings\": {\"client_id\": \""
                    + demo.customerAppCredentials().clientId() + "\"}, \"secret_settings\": {\"client_secret\": \""
                    + ownSecret + "\"";
            URI ownCallback = connectByTheCustomersAuthorization(demo, key, "demo-own", ownApp + "}}");
            secrets = List.of(key, demo.emulatorCredentials().refreshToken(), demo.emulatorCredentials().clientSecret(),
                    parameter(callback, "code"), parameter(callback, "state"), ownSecret,
                    demo.customerAppCredentials().refreshToken(), parameter(ownCallback, "code"),
                    parameter(ownCallback, "state"));

            URI own = URI.create(demo.url() + "/connections/demo-own");
            HttpResponse<String> shown = send("GET", own, key);
            assertThat(shown.body()).contains("\"secret_settings\":[\"client_secret\"]").doesNotContain(ownSecret);
            assertThat(send("GET", URI.create(demo.url() + "/unified/crm/contacts?connection_id=demo-own"), key)
                    .statusCode()).isEqualTo(200); // refreshes with the customer's app
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(demo.url()
                            + "/connections/demo-own/authorize")).header("Authorization", "Bearer " + key)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ownApp
                            + ", \"jwt_private_key\": \"" + ownSecret + "\"}}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("'jwt_private_key'").doesNotContain(ownSecret);
            assertThat(send("DELETE", own, key).statusCode()).isEqualTo(204);

            assertThat(send("GET", demo.contactsUrl(), key).statusCode()).isEqualTo(200); // refreshes a token
            assertThat(send("GET", demo.url("objects/No_Such_Object__c", ""), key).statusCode()).isEqualTo(404);
            assertThat(send("GET", demo.contactsUrl(), "cwk_wrong-" + key).statusCode()).isEqualTo(401);
            assertThat(send("DELETE", URI.create(demo.url() + "/connections/" + Demo.CONNECTION.value()), key)
                    .statusCode()).isEqualTo(204); // revokes at the emulator
        } finally {
            root.detachAppender(captured);
            crosswalk.setLevel(before);
        }

        assertThat(captured.list).as("the flow logged something to scan").isNotEmpty();
        for (ILoggingEvent event : captured.list) {
            String text = event.getFormattedMessage() + throwableText(event.getThrowableProxy());
            for (String secret : secrets) {
                assertThat(text).as("%s %s", event.getLevel(), event.getLoggerName()).doesNotContain(secret);
            }
        }
    }

    /** @return the callback the customer was sent back to, after the server stored the connection through it */
    private URI connectByTheCustomersAuthorization(Demo demo, String key, String connection, String body)
            throws Exception {
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(demo.url()
                        + "/connections/" + connection + "/authorize")).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        URI callback = new ConsentBrowser().allow(URI.create(new ObjectMapper().readTree(started.body())
                .get("authorize_url").asText()));
        HttpResponse<String> stored = http.send(HttpRequest.newBuilder(callback).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        assertThat(stored.body()).doesNotContain(demo.customerAppCredentials().clientSecret());
        return callback;
    }

    private static String parameter(URI uri, String name) {
        return java.util.Arrays.stream(uri.getRawQuery().split("&")).filter(pair -> pair.startsWith(name + "="))
                .map(pair -> java.net.URLDecoder.decode(pair.substring(name.length() + 1),
                        java.nio.charset.StandardCharsets.UTF_8))
                .findFirst().orElseThrow();
    }

    private static String throwableText(IThrowableProxy thrown) {
        return thrown == null ? "" : ThrowableProxyUtil.asString(thrown);
    }

    private HttpResponse<String> send(String method, URI url, String key) throws Exception {
        return http.send(HttpRequest.newBuilder(url).header("Authorization", "Bearer " + key)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
