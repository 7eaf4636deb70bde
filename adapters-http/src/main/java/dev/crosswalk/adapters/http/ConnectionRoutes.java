package dev.crosswalk.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crosswalk.core.port.in.ConnectionOverview;
import dev.crosswalk.core.port.in.ManageConnectionsUseCase;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code GET /connections}, {@code GET}, {@code PUT} and {@code DELETE /connections/{id}}: the tenant's connections,
 * their status and token times (never a token), creating one that obtains tokens by its own grant, and deleting one,
 * which revokes its grant at the provider first.
 */
final class ConnectionRoutes {

    private static final List<String> CONNECTION_FIELDS = List.of("connector", "instance_url", "settings",
            "secret_settings");

    private final ManageConnectionsUseCase connections;
    private final RequestBodies bodies;
    private final Replies replies;

    ConnectionRoutes(ManageConnectionsUseCase connections, RequestBodies bodies, Replies replies) {
        this.connections = connections;
        this.bodies = bodies;
        this.replies = replies;
    }

    List<Route> routes() {
        return List.of(
                Route.of("GET", "/connections", Set.of(), Route.OpenParameters.NONE, call -> replies.ok(call.ctx(),
                        new ListJson<>(connections.list(call.tenant()).stream().map(ConnectionJson::of).toList(),
                                null))),
                Route.of("GET", "/connections/{id}", Set.of(), Route.OpenParameters.NONE,
                        call -> replies.ok(call.ctx(), ConnectionJson.of(connections.get(call.connectionInPath())))),
                Route.of("PUT", "/connections/{id}", Set.of(), Route.OpenParameters.NONE, this::connectByGrant),
                Route.of("DELETE", "/connections/{id}", Set.of(), Route.OpenParameters.NONE, call -> {
                    connections.delete(call.connectionInPath());
                    call.ctx().status(204);
                }));
    }

    /**
     * Body {@code {"connector", "instance_url", "settings": {...}, "secret_settings": {...}}}: a connection that
     * obtains its tokens by its own grant, created or replaced under the path's id. The answer names its secret
     * settings, never their values.
     */
    private void connectByGrant(Call call) throws Exception {
        JsonNode body = bodies.jsonObject(call.ctx())
                .orElseThrow(() -> ApiProblem.badRequest("send the connection as a JSON object: {\"connector\","
                        + " \"instance_url\", \"settings\": {...}}"));
        ConnectionBody connection = ConnectionBody.of(body, CONNECTION_FIELDS);
        String connector = connection.text("connector");
        URI instanceUrl = ConnectionBody.httpUrl("instance_url", connection.text("instance_url"));
        Map<String, String> settings = connection.settings();
        ConnectionOverview created = connections.connectByGrant(call.connectionInPath(), connector, instanceUrl,
                settings, connection.secretSettings());
        replies.ok(call.ctx(), ConnectionJson.of(created));
    }

    /** A connection on the wire. The API's contract: change it only by adding. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ConnectionJson(
            String id,
            String connector,
            String status,
            @JsonProperty("instance_url") URI instanceUrl,
            TokensJson tokens,
            @JsonProperty("tokens_readable") boolean tokensReadable,
            QuotaJson quota,
            IdentityJson identity,
            List<String> scopes,
            Map<String, String> settings,
            @JsonProperty("secret_settings") List<String> secretSettings) {

        static ConnectionJson of(ConnectionOverview overview) {
            var connection = overview.connection();
            TokensJson tokens = overview.tokensIssuedAt()
                    .map(issued -> new TokensJson(issued, overview.accessTokenExpiresAt().orElse(null),
                            overview.refreshable()))
                    .orElse(null);
            return new ConnectionJson(connection.id().value(), connection.connectorKind(),
                    connection.status().name().toLowerCase(Locale.ROOT), connection.instanceUrl(), tokens,
                    overview.tokensReadable(), QuotaJson.of(overview.quota()),
                    overview.identity().map(whose -> new IdentityJson(whose.accountId(), whose.userId())).orElse(null),
                    overview.scopes(), new TreeMap<>(connection.settings()),
                    List.copyOf(overview.secretSettingNames()));
        }
    }

    /** Whose grant the connection holds, as the provider reported it; {@code null} in {@link ConnectionJson} when unknown. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record IdentityJson(@JsonProperty("account_id") String accountId, @JsonProperty("user_id") String userId) {
    }

    /** When the stored tokens were issued and expire; {@code null} in {@link ConnectionJson} when none are stored. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TokensJson(
            @JsonProperty("issued_at") Instant issuedAt,
            @JsonProperty("access_token_expires_at") Instant accessTokenExpiresAt,
            boolean refreshable) {
    }
}
