package dev.crosswalk.connector.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.core.toolkit.retry.RetryAfter;
import dev.crosswalk.support.Refusals;
import feign.Response;
import feign.RetryableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one place Salesforce responses are read: records the API usage header, decodes successes, and turns every
 * failure into exactly one {@link CrmFailure}, keeping Salesforce's error code and saying what to do next.
 */
final class SalesforceResponses {

    private static final int MAX_ERROR_BODY = 8192;

    /** The message of the daily-limit refusal; the concurrent-request limit shares its error code. */
    private static final String DAILY_LIMIT = "TotalRequests Limit exceeded";

    private final ObjectMapper json;
    private final SalesforceQuota quota;
    private final Clock clock;

    SalesforceResponses(ObjectMapper json, SalesforceQuota quota, Clock clock) {
        this.json = json;
        this.quota = quota;
        this.clock = clock;
    }

    /** Sends a REST call and decodes a 2xx body as {@code type}. */
    <T> T rest(Connection connection, String action, Supplier<Response> call, Class<T> type) {
        try (Response response = send(connection, action, call)) {
            quota.record(connection, header(response, SalesforceQuota.HEADER));
            if (isSuccess(response)) {
                return decode(connection, action, response, type);
            }
            throw restFailure(connection, action, response);
        }
    }

    /**
     * A conditional GET's answer: a body with the {@code Last-Modified} Salesforce sent (which may be {@code null}),
     * or, on 304, no body.
     */
    record Conditional<T>(T body, String lastModified) {

        boolean notModified() {
            return body == null;
        }
    }

    /** Sends a REST call that may carry {@code If-Modified-Since}; a 304 is an answer, not a failure. */
    <T> Conditional<T> conditional(Connection connection, String action, Supplier<Response> call, Class<T> type) {
        try (Response response = send(connection, action, call)) {
            quota.record(connection, header(response, SalesforceQuota.HEADER));
            if (response.status() == 304) {
                return new Conditional<>(null, header(response, "Last-Modified"));
            }
            if (isSuccess(response)) {
                return new Conditional<>(decode(connection, action, response, type), header(response, "Last-Modified"));
            }
            throw restFailure(connection, action, response);
        }
    }

    /** Sends a token refresh and decodes a 2xx body as {@code type}. */
    <T> T oauth(Connection connection, Supplier<Response> call, Class<T> type) {
        return oauth(connection, "refresh the access token", call, type);
    }

    /** Sends a call to the token endpoint, {@code action} saying what for, and decodes a 2xx body as {@code type}. */
    <T> T oauth(Connection connection, String action, Supplier<Response> call, Class<T> type) {
        try (Response response = send(connection, action, call)) {
            if (isSuccess(response)) {
                return decode(connection, action, response, type);
            }
            throw oauthFailure(connection, action, response);
        }
    }

    /**
     * Sends a revocation. A 400 {@code invalid_token} means Salesforce no longer knows the token (already revoked,
     * expired): revoked all the same.
     */
    void revocation(Connection connection, Supplier<Response> call) {
        String action = "revoke the grant";
        try (Response response = send(connection, action, call)) {
            if (isSuccess(response)) {
                return;
            }
            String body = new String(errorBody(response), StandardCharsets.UTF_8);
            if (response.status() == 400 && body.contains("invalid_token")) {
                return;
            }
            String context = "Salesforce refused to revoke the grant of connection " + connection.ref() + ": HTTP "
                    + response.status() + (body.isBlank() ? "" : " " + body.strip());
            if (response.status() >= 500 || response.status() == 429) {
                throw new CrmFailure.Transient(context, null, null);
            }
            throw new CrmFailure.Rejected(context, null);
        }
    }

    private static Response send(Connection connection, String action, Supplier<Response> call) {
        try {
            return call.get();
        } catch (RetryableException ioFailure) {
            throw new CrmFailure.Transient("could not reach Salesforce to " + action + " for connection "
                    + connection.ref() + "; try again later", null, ioFailure);
        }
    }

    private <T> T decode(Connection connection, String action, Response response, Class<T> type) {
        if (response.body() == null) {
            throw new CrmFailure.Transient("Salesforce sent an empty response to " + action + " for connection "
                    + connection.ref(), null, null);
        }
        try (InputStream body = response.body().asInputStream()) {
            T decoded = json.readValue(body, type);
            if (decoded == null) {
                throw new CrmFailure.Transient("Salesforce sent an empty response to " + action + " for connection "
                        + connection.ref(), null, null);
            }
            return decoded;
        } catch (IOException unreadable) {
            throw new CrmFailure.Transient("Salesforce's response to " + action + " for connection "
                    + connection.ref() + " could not be read", null, unreadable);
        }
    }

    private CrmFailure restFailure(Connection connection, String action, Response response) {
        JsonNode error = firstError(errorBody(response));
        String code = text(error, "errorCode").orElse(null);
        String said = text(error, "message").orElse("HTTP " + response.status());
        String context = "Salesforce refused to " + action + " for connection " + connection.ref() + ": "
                + (code == null ? "" : code + ": ") + said;
        int status = response.status();
        if (status == 403 && "REQUEST_LIMIT_EXCEEDED".equals(code) && said.startsWith(DAILY_LIMIT)) {
            return new CrmFailure.QuotaExhausted(context + " (the org's daily API allowance is spent; Salesforce"
                    + " counts it over a rolling 24 hours, so calls succeed again as earlier ones leave that window)",
                    code, retryAfter(response).orElse(null));
        }
        if (status == 429 || (status == 403 && "REQUEST_LIMIT_EXCEEDED".equals(code))) {
            return new CrmFailure.RateLimited(context + " (too many calls at once; calls resume after back-off)",
                    code, retryAfter(response).orElse(null));
        }
        if (status == 420) { // Salesforce's own "try again later" during maintenance
            return new CrmFailure.Transient(context, code, null);
        }
        return Refusals.classify(status, context, code, retryAfter(response).orElse(null));
    }

    /** What the customer's admin must do when Salesforce answers {@code OAUTH_APP_BLOCKED}. */
    static final String APP_NOT_INSTALLED = "The customer's org does not let this Connected App in: an administrator of"
            + " that org must install it (Setup > Apps > Connected Apps OAuth Usage > Install next to the app, then"
            + " Manage > Edit Policies to permit its users), then authorise the connection again.";

    private CrmFailure oauthFailure(Connection connection, String action, Response response) {
        JsonNode error = parse(errorBody(response));
        String code = text(error, "error").orElse(null);
        String said = text(error, "error_description").orElse("HTTP " + response.status());
        String context = "Salesforce refused to " + action + " for connection " + connection.ref() + ": "
                + (code == null ? "" : code + ": ") + said;
        if (response.status() >= 500) {
            return new CrmFailure.Transient(context, code, null);
        }
        if (response.status() == 429) {
            return new CrmFailure.RateLimited(context, code, retryAfter(response).orElse(null));
        }
        if (code != null && code.startsWith("invalid_client") || "unauthorized_client".equals(code)) {
            return new CrmFailure.ConnectorMisconfigured(context + ". Check the connector's client_id,"
                    + " client_secret, jwt_private_key and login_url.", code);
        }
        if ("OAUTH_APP_BLOCKED".equals(code)) {
            return new CrmFailure.ReauthorizationRequired(context + ". " + APP_NOT_INSTALLED, code);
        }
        if ("invalid_grant".equals(code) || "inactive_user".equals(code)) {
            return new CrmFailure.ReauthorizationRequired(
                    context + ". The customer must authorise the connection again.", code);
        }
        return new CrmFailure.Rejected(context, code);
    }

    private static boolean isSuccess(Response response) {
        return response.status() >= 200 && response.status() < 300;
    }

    private static byte[] errorBody(Response response) {
        if (response.body() == null) {
            return new byte[0];
        }
        try (InputStream body = response.body().asInputStream()) {
            return body.readNBytes(MAX_ERROR_BODY);
        } catch (IOException unreadable) {
            return new byte[0];
        }
    }

    private JsonNode firstError(byte[] body) {
        JsonNode parsed = parse(body);
        return parsed.isArray() && !parsed.isEmpty() ? parsed.get(0) : parsed;
    }

    private JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? json.nullNode() : json.readTree(body);
        } catch (IOException notJson) {
            return json.nullNode();
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isTextual() ? Optional.empty() : Optional.of(value.asText());
    }

    private Optional<Duration> retryAfter(Response response) {
        return RetryAfter.parse(header(response, "Retry-After"), clock.instant());
    }

    private static String header(Response response, String name) {
        return response.headers().entrySet().stream()
                .filter(entry -> entry.getKey() != null && entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .flatMap(Collection::stream)
                .findFirst()
                .orElse(null);
    }
}
