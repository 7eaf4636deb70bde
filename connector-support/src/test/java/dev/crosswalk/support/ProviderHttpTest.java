package dev.crosswalk.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The client every connector sends through: one attempt, no redirects, failures classified. */
class ProviderHttpTest {

    private static final ConnectionRef CONNECTION = new ConnectionRef(new TenantId("acme"), new ConnectionId("crm"));

    @Test
    void aRedirectIsReturnedNotFollowedSoATokenNeverReachesAnotherHost() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger calls = new AtomicInteger();
        server.createContext("/", exchange -> {
            calls.incrementAndGet();
            exchange.getResponseHeaders().add("Location", "http://elsewhere.invalid/steal");
            exchange.getResponseHeaders().add("Retry-After", "Sun, 06 Dec 2026 10:00:30 GMT");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
        try (ProviderHttp http = new ProviderHttp("Acme CRM", Duration.ofSeconds(2), Duration.ofSeconds(2))) {
            ProviderResponse response = http.send(CONNECTION, "list things", HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/things")));

            assertThat(response.status()).isEqualTo(302);
            assertThat(response.successful()).isFalse();
            assertThat(calls).hasValue(1);
            assertThat(response.retryAfter(Instant.parse("2026-12-06T10:00:00Z"))).contains(Duration.ofSeconds(30));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anUnreachableProviderIsATransientFailureNamingTheActionAndConnection() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ProviderHttp http = new ProviderHttp("Acme CRM", Duration.ofSeconds(2), Duration.ofSeconds(2))) {
            assertThatThrownBy(() -> http.send(CONNECTION, "list things",
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closedPort + "/"))))
                    .isInstanceOf(CrmFailure.Transient.class)
                    .hasMessageContaining("could not reach Acme CRM to list things for connection " + CONNECTION);
        }
    }

    @Test
    void aResponseWhoseBodyStallsEndsAtTheReadTimeoutNotWhenTheServerGivesUp() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, 1000);
            exchange.getResponseBody().write("{\"partial\":".getBytes());
            exchange.getResponseBody().flush();
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
        try (ProviderHttp http = new ProviderHttp("Acme CRM", Duration.ofSeconds(2), Duration.ofMillis(300))) {
            assertThatThrownBy(() -> http.send(CONNECTION, "list things", HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/things"))))
                    .isInstanceOf(CrmFailure.Transient.class)
                    .hasMessageContaining("did not answer the call to list things").hasMessageContaining("within");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aTokenNoHeaderMayCarryNeedsTheCustomerAndIsNeverInTheMessage() {
        assertThat(ProviderHttp.bearer(CONNECTION, Secret.of("pat-na1-abc")))
                .isEqualTo("Bearer pat-na1-abc");
        for (String malformed : List.of("pat-na1-abc\n", "two words", "pat-na1-\u00e9")) {
            assertThatThrownBy(() -> ProviderHttp.bearer(CONNECTION, Secret.of(malformed)))
                    .isInstanceOf(CrmFailure.ReauthorizationRequired.class)
                    .hasMessageContaining("malformed").hasMessageNotContaining("pat-na1");
        }
    }

    @Test
    void theUsualStatusesAreReadTheUsualWay() {
        assertThat(Refusals.classify(401, "m", "c", null)).isInstanceOf(CrmFailure.Unauthorized.class);
        assertThat(Refusals.classify(404, "m", "c", null)).isInstanceOf(CrmFailure.NotFound.class);
        assertThat(Refusals.classify(429, "m", "c", Duration.ofSeconds(3)))
                .isInstanceOfSatisfying(CrmFailure.RateLimited.class,
                        limited -> assertThat(limited.retryAfter()).contains(Duration.ofSeconds(3)));
        assertThat(Refusals.classify(408, "m", null, null)).isInstanceOf(CrmFailure.Transient.class);
        assertThat(Refusals.classify(502, "m", null, null)).isInstanceOf(CrmFailure.Transient.class);
        assertThat(Refusals.classify(400, "m", "c", null)).isInstanceOf(CrmFailure.Rejected.class)
                .extracting(failure -> failure.providerCode().orElseThrow()).isEqualTo("c");
    }
}
