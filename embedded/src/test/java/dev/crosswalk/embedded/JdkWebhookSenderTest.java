package dev.crosswalk.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The default webhook sender against a real local endpoint. */
class JdkWebhookSenderTest {

    private final List<String> received = new CopyOnWriteArrayList<>();
    private HttpServer endpoint;

    @BeforeEach
    void start() throws IOException {
        endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        endpoint.createContext("/", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("Crosswalk-Event-Id") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.getResponseHeaders().set("Location", "http://elsewhere.example/");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        endpoint.start();
    }

    @AfterEach
    void stop() {
        endpoint.stop(0);
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/hooks");
    }

    @Test
    void refusesAnEndpointOnALoopbackOrPrivateNetworkUnlessAllowed() {
        JdkWebhookSender guarded = new JdkWebhookSender(false);

        for (String host : List.of("127.0.0.1", "10.1.2.3", "192.168.0.10", "169.254.169.254", "[::1]", "[fd00::1]")) {
            assertThatThrownBy(() -> guarded.post(URI.create("http://" + host + "/hooks"), Map.of(), new byte[0]))
                    .as(host).isInstanceOf(IOException.class).hasMessageContaining("loopback or private network");
        }
        assertThat(received).isEmpty();
    }

    @Test
    void sendsTheHeadersAndBodyAndNeverFollowsARedirect() throws IOException {
        int status = new JdkWebhookSender(true).post(url(), Map.of("Crosswalk-Event-Id", "evt_1"),
                "{\"id\":\"evt_1\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(302);
        assertThat(received).containsExactly("evt_1 {\"id\":\"evt_1\"}");
    }
}
