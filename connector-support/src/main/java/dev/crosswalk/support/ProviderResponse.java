package dev.crosswalk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.core.toolkit.retry.RetryAfter;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP response as a connector reads it: status, headers, the whole body. Immutable.
 *
 * @param status the HTTP status
 * @param headers the response headers; never {@code null}
 * @param body the body, empty when there was none; never {@code null}
 * @since 0.1
 */
public record ProviderResponse(int status, HttpHeaders headers, byte[] body) {

    /** Checks the parts and keeps its own copy of the body. */
    public ProviderResponse {
        Objects.requireNonNull(headers, "headers");
        body = body == null ? new byte[0] : body.clone();
    }

    /** @return a copy of the body, empty when there was none; never {@code null} */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** @return whether the status is 2xx */
    public boolean successful() {
        return status >= 200 && status < 300;
    }

    /**
     * @param name a header name in any letter case; never {@code null}
     * @return its first value, if the response has it
     */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /**
     * @param now when the response arrived, for a {@code Retry-After} given as a date; never {@code null}
     * @return how long the provider asked callers to wait, if it said (seconds or an HTTP date)
     */
    public Optional<Duration> retryAfter(Instant now) {
        return RetryAfter.parse(header("Retry-After").orElse(null), now);
    }

    /**
     * Decodes a successful body.
     *
     * @param json the mapper to read with; never {@code null}
     * @param type what to read; never {@code null}
     * @param provider the provider's name, for the message; never {@code null}
     * @param action what the call did, for the message; never {@code null}
     * @return the decoded body; never {@code null}
     * @throws CrmFailure.Transient when the body is empty or cannot be read as {@code type}
     */
    public <T> T decode(ObjectMapper json, Class<T> type, String provider, String action) {
        try {
            T decoded = body.length == 0 ? null : json.readValue(body, type);
            if (decoded == null) {
                throw new CrmFailure.Transient(provider + " sent an empty response to " + action, null, null);
            }
            return decoded;
        } catch (IOException unreadable) {
            throw new CrmFailure.Transient(provider + "'s response to " + action + " could not be read", null,
                    unreadable);
        }
    }

    /**
     * @param json the mapper to read with; never {@code null}
     * @return the body as JSON; a missing node for an empty body or one that is not JSON (error bodies are often
     *     neither); never {@code null}
     */
    public JsonNode jsonOrMissing(ObjectMapper json) {
        if (body.length == 0) {
            return json.missingNode();
        }
        try {
            JsonNode parsed = json.readTree(body);
            return parsed == null ? json.missingNode() : parsed;
        } catch (IOException notJson) {
            return json.missingNode();
        }
    }
}
