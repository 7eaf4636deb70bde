package dev.crosswalk.core.port.out.host;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * Sends one webhook request. Never retries (core schedules retries) and never follows redirects. Implementations are
 * thread-safe and bound the time a request may take.
 *
 * @since 0.1
 */
public interface WebhookSender {

    /**
     * POSTs {@code body} as {@code application/json} with {@code headers}.
     *
     * @return the HTTP status the endpoint answered
     * @throws IOException when it could not be reached, or did not answer in time
     */
    int post(URI url, Map<String, String> headers, byte[] body) throws IOException;
}
