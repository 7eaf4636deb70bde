package dev.crosswalk.testkit.salesforce;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays the customer on the emulator's consent page, as a browser would: opens the authorize URL, presses Allow or
 * Deny, and returns where the emulator redirects (the callback with {@code code} or {@code error}, and the
 * {@code state}). It does not follow that redirect: the caller decides where it goes. Thread-safe.
 *
 * @since 0.1
 */
public final class ConsentBrowser {

    private static final Pattern REQUEST_ID = Pattern.compile("name=\"request_id\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param authorizeUrl the emulator's {@code /services/oauth2/authorize} URL with the flow's parameters
     * @return the callback URL the emulator redirects to, with {@code code} and {@code state}, or with {@code error}
     *     when the emulator refuses before the page (an app not installed)
     * @throws IllegalStateException when the emulator shows an error page instead (unknown client, callback not
     *     allowed), with its text
     */
    public URI allow(URI authorizeUrl) {
        return decide(authorizeUrl, "allow");
    }

    /**
     * @param authorizeUrl the emulator's authorize URL
     * @return the callback URL with {@code error=access_denied} and the {@code state}
     */
    public URI deny(URI authorizeUrl) {
        return decide(authorizeUrl, "deny");
    }

    private URI decide(URI authorizeUrl, String decision) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(authorizeUrl).GET().build());
        if (page.statusCode() == 302) {
            return location(page);
        }
        Matcher requestId = REQUEST_ID.matcher(page.body());
        if (page.statusCode() != 200 || !requestId.find()) {
            throw new IllegalStateException("the emulator showed no consent page (HTTP " + page.statusCode() + "): "
                    + page.body());
        }
        String form = "request_id=" + URLEncoder.encode(requestId.group(1), StandardCharsets.UTF_8) + "&decision="
                + decision;
        HttpResponse<String> decided = send(HttpRequest.newBuilder(authorizeUrl.resolve("/services/oauth2/authorize"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (decided.statusCode() != 302) {
            throw new IllegalStateException("the emulator did not redirect after the decision (HTTP "
                    + decided.statusCode() + "): " + decided.body());
        }
        return location(decided);
    }

    private static URI location(HttpResponse<String> response) {
        return URI.create(response.headers().firstValue("Location").orElseThrow(() ->
                new IllegalStateException("the emulator's redirect has no Location header")));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new IllegalStateException("could not reach the emulator: " + failed.getMessage(), failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while talking to the emulator", interrupted);
        }
    }
}
