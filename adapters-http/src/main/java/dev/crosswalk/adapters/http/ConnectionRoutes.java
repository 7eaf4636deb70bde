package dev.crosswalk.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crosswalk.core.port.in.ConnectionOverview;
import dev.crosswalk.core.port.in.ManageConnectionsUseCase;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code GET /connections}, {@code GET /connections/{id}} and {@code DELETE /connections/{id}}:
 * the tenant's connections, their status and token times (never a token), and deleting one, which revokes its grant
 * at the provider first.
 */
final class ConnectionRoutes {

    private final ManageConnectionsUseCase connections;
    private final Replies replies;

    ConnectionRoutes(ManageConnectionsUseCase connections, Replies replies) {
        this.connections = connections;
        this.replies = replies;
    }

    List<Route> routes() {
        return List.of(
                Route.of("GET", "/connections", Set.of(), Route.OpenParameters.NONE, call -> replies.ok(call.ctx(),
                        new ListJson<>(connections.list(call.tenant()).stream().map(ConnectionJson::of).toList(),
                                null))),
                Route.of("GET", "/connections/{id}", Set.of(), Route.OpenParameters.NONE,
                        call -> replies.ok(call.ctx(), ConnectionJson.of(connections.get(call.connectionInPath())))),
                Route.of("DELETE", "/connections/{id}", Set.of(), Route.OpenParameters.NONE, call -> {
                    connections.delete(call.connectionInPath());
                    call.ctx().status(204);
                }));
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
            QuotaJson quota) {

        static ConnectionJson of(ConnectionOverview overview) {
            var connection = overview.connection();
            TokensJson tokens = overview.tokensIssuedAt()
                    .map(issued -> new TokensJson(issued, overview.accessTokenExpiresAt().orElse(null),
                            overview.refreshable()))
                    .orElse(null);
            return new ConnectionJson(connection.id().value(), connection.connectorKind(),
                    connection.status().name().toLowerCase(Locale.ROOT), connection.instanceUrl(), tokens,
                    overview.tokensReadable(), QuotaJson.of(overview.quota()));
        }
    }

    /** When the stored tokens were issued and expire; {@code null} in {@link ConnectionJson} when none are stored. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TokensJson(
            @JsonProperty("issued_at") Instant issuedAt,
            @JsonProperty("access_token_expires_at") Instant accessTokenExpiresAt,
            boolean refreshable) {
    }
}
