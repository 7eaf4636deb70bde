package dev.crosswalk.connector.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.support.ProviderCalls;
import dev.crosswalk.support.ProviderHttp;
import dev.crosswalk.support.ProviderResponse;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.function.UnaryOperator;

/**
 * Every HubSpot CRM call goes through here: core's retry and token machinery around it ({@link ProviderCalls}), the
 * bearer token on it, the rate-limit headers recorded from its answer, and a refusal turned into one failure by
 * {@link HubSpotRefusals}. Paths are built by the callers from checked names and ids only. Thread-safe.
 */
final class HubSpotCalls {

    private final HubSpotSettings settings;
    private final ProviderHttp http;
    private final ProviderCalls calls;
    private final HubSpotQuota quota;
    private final HubSpotRefusals refusals;
    private final ObjectMapper json;

    HubSpotCalls(HubSpotSettings settings, ProviderHttp http, ProviderCalls calls, HubSpotQuota quota,
            HubSpotRefusals refusals, ObjectMapper json) {
        this.settings = settings;
        this.http = http;
        this.calls = calls;
        this.quota = quota;
        this.refusals = refusals;
        this.json = json;
    }

    /** @param pathAndQuery an API path with its encoded query, such as {@code /crm/v3/objects/contacts?limit=10} */
    JsonNode get(Connection connection, String action, String pathAndQuery) {
        return send(connection, action, settings.api(pathAndQuery), HttpRequest.Builder::GET);
    }

    JsonNode post(Connection connection, String action, String path, JsonNode body) {
        String text = body.toString();
        return send(connection, action, settings.api(path), request -> request
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    private JsonNode send(Connection connection, String action, URI uri,
            UnaryOperator<HttpRequest.Builder> method) {
        return calls.call(connection, access -> {
            ProviderResponse response = http.send(connection.ref(), action, method.apply(HttpRequest.newBuilder(uri)
                    .header("Authorization", ProviderHttp.bearer(connection.ref(), access.token()))
                    .header("Accept", "application/json")));
            quota.record(connection, response);
            if (!response.successful()) {
                throw refusals.of(connection, action, response);
            }
            return response.decode(json, JsonNode.class, "HubSpot", action + " for connection " + connection.ref());
        });
    }
}
