package dev.crosswalk.embedded;

import dev.crosswalk.core.port.out.host.WebhookSender;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

/**
 * The default {@link WebhookSender}: the JDK's HTTP client, no redirects, 5 s to connect and 10 s for the answer,
 * whose body is discarded. Unless allowed, it refuses endpoints whose host resolves to a loopback, private,
 * link-local or unspecified address, so a tenant cannot make the server call into its own network (the check resolves
 * the name just before sending; a name re-pointed in between is not caught). Thread-safe.
 */
final class JdkWebhookSender implements WebhookSender {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(CONNECT_TIMEOUT).build();
    private final boolean privateAddressesAllowed;

    /** @param privateAddressesAllowed whether endpoints on loopback and private networks may be called */
    JdkWebhookSender(boolean privateAddressesAllowed) {
        this.privateAddressesAllowed = privateAddressesAllowed;
    }

    @Override
    public int post(URI url, Map<String, String> headers, byte[] body) throws IOException {
        if (!privateAddressesAllowed) {
            refusePrivate(url);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Crosswalk-Webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (HttpTimeoutException slow) {
            throw new IOException("no answer within " + ANSWER_TIMEOUT.toSeconds() + " s", slow);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while sending", interrupted);
        }
    }

    private static void refusePrivate(URI url) throws IOException {
        for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
            if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                    || address.isAnyLocalAddress() || isUniqueLocal(address)) {
                throw new IOException("refused: " + url.getHost() + " is on a loopback or private network ("
                        + address.getHostAddress() + "); the operator allows such endpoints with"
                        + " webhooks.allow_private_addresses");
            }
        }
    }

    /** IPv6 unique local addresses (fc00::/7), which {@link InetAddress#isSiteLocalAddress()} does not cover. */
    private static boolean isUniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }
}
