package dev.crosswalk.support;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

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
     * Sends one request, once.
     *
     * @param connection the connection the call is for, named in messages; never {@code null}
     * @param action what the call does, for messages ("list contacts"); never {@code null}
     * @param request the request; its timeout is set here; never {@code null}
     * @return the response, whatever its status; never {@code null}
     * @throws CrmFailure.Transient when the provider could not be reached, the response did not arrive in time, or
     *     the calling thread was interrupted (its interrupt flag is then set again)
     */
    public ProviderResponse send(ConnectionRef connection, String action, HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = client.send(request.timeout(readTimeout).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new ProviderResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException unreachable) {
            throw new CrmFailure.Transient("could not reach " + provider + " to " + action + " for connection "
                    + connection + "; try again later", null, unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CrmFailure.Transient("the call to " + provider + " to " + action + " for connection "
                    + connection + " was interrupted", null, interrupted);
        }
    }

    /** Closes the client's connections and stops its selector thread. */
    @Override
    public void close() {
        client.close();
    }
}
