package dev.crosswalk.support;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends a connector's HTTP calls with the JDK client. It never retries (core's {@code CrmRetry} is the only place a
 * call is repeated, so retries never multiply against a customer's quota) and never follows a redirect (a token is
 * never sent to a host the connector did not choose). Thread-safe; close it with the connector.
 *
 * @since 0.1
 */
public final class ProviderHttp implements AutoCloseable {

    private final String provider;
    private final HttpClient client;
    private final Duration readTimeout;

    /**
     * @param provider the provider's name for messages, such as {@code HubSpot}; never {@code null}
     * @param connectTimeout the TCP connect timeout; positive
     * @param readTimeout the time a whole response may take; positive
     */
    public ProviderHttp(String provider, Duration connectTimeout, Duration readTimeout) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** @return the provider's name, as given */
    public String provider() {
        return provider;
    }

    /**
     * @param connection the connection the token belongs to, named in the message; never {@code null}
     * @param token the access token; never {@code null}
     * @return the {@code Authorization} header's value, {@code Bearer <token>}
     * @throws CrmFailure.ReauthorizationRequired when the token holds a character no header may carry (a pasted
     *     token with a line break, say); the message never holds the token
     */
    public static String bearer(ConnectionRef connection, Secret token) {
        String value = token.reveal();
        if (value.isEmpty() || !value.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw new CrmFailure.ReauthorizationRequired("the stored access token of connection " + connection
                    + " is malformed (empty, or holding spaces, line breaks or other characters a token never has);"
                    + " connect it again with the token as the provider issued it", null);
        }
        return "Bearer " + value;
    }

    /**
     * Sends one request, once, and waits for its whole response at most the read timeout.
     *
     * @param connection the connection the call is for, named in messages; never {@code null}
     * @param action what the call does, for messages ("list contacts"); never {@code null}
     * @param request the request; never {@code null}
     * @return the response, whatever its status; never {@code null}
     * @throws CrmFailure.Transient when the provider could not be reached, the whole response did not arrive within
     *     the read timeout (the exchange is then cancelled), or the calling thread was interrupted (its interrupt flag
     *     is then set again)
     */
    public ProviderResponse send(ConnectionRef connection, String action, HttpRequest.Builder request) {
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request.timeout(readTimeout).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        try {
            HttpResponse<byte[]> response = exchange.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return new ProviderResponse(response.statusCode(), response.headers(), response.body());
        } catch (TimeoutException slow) {
            exchange.cancel(true);
            throw new CrmFailure.Transient(provider + " did not answer the call to " + action + " for connection "
                    + connection + " within " + readTimeout.toSeconds() + " s; try again later", null, slow);
        } catch (ExecutionException failed) {
            throw new CrmFailure.Transient(failed.getCause() instanceof ConnectException
                    ? "could not reach " + provider + " to " + action + " for connection " + connection
                            + "; try again later"
                    : "the call to " + provider + " to " + action + " for connection " + connection
                            + " failed before an answer arrived; try again later", null, failed.getCause());
        } catch (InterruptedException interrupted) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new CrmFailure.Transient("the call to " + provider + " to " + action + " for connection "
                    + connection + " was interrupted", null, interrupted);
        }
    }

    /** Aborts the exchanges still running and stops the client's selector thread, without waiting for them. */
    @Override
    public void close() {
        client.shutdownNow();
    }
}
