package dev.crosswalk.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.core.domain.WebhookDelivery;
import dev.crosswalk.core.domain.WebhookEndpoint;
import dev.crosswalk.core.port.in.ManageWebhooksUseCase;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code GET} and {@code POST /webhooks}, {@code DELETE /webhooks/{id}} and {@code GET /webhooks/{id}/deliveries}:
 * the tenant's webhook endpoints (the signing secret is answered once, when one is added) and their delivery log.
 */
final class WebhookRoutes {

    private static final List<String> ENDPOINT_FIELDS = List.of("url");
    private static final int DEFAULT_LIMIT = 50;
    private static final int MOST = 1000;

    private final ManageWebhooksUseCase webhooks;
    private final RequestBodies bodies;
    private final Replies replies;

    WebhookRoutes(ManageWebhooksUseCase webhooks, RequestBodies bodies, Replies replies) {
        this.webhooks = webhooks;
        this.bodies = bodies;
        this.replies = replies;
    }

    List<Route> routes() {
        return List.of(
                Route.of("GET", "/webhooks", Set.of(), Route.OpenParameters.NONE, call -> replies.ok(call.ctx(),
                        new ListJson<>(webhooks.list(call.tenant()).stream().map(EndpointJson::of).toList(), null))),
                Route.of("POST", "/webhooks", Set.of(), Route.OpenParameters.NONE, this::register),
                Route.of("DELETE", "/webhooks/{id}", Set.of(), Route.OpenParameters.NONE, call -> {
                    webhooks.delete(call.tenant(), call.pathParam("id"));
                    call.ctx().status(204);
                }),
                Route.of("GET", "/webhooks/{id}/deliveries", Set.of("limit"), Route.OpenParameters.NONE,
                        call -> replies.ok(call.ctx(), new ListJson<>(webhooks.deliveries(call.tenant(),
                                call.pathParam("id"), limit(call)).stream().map(DeliveryJson::of).toList(), null))));
    }

    /** Body {@code {"url"}}; answers 201 with the endpoint and its signing secret, shown this once. */
    private void register(Call call) throws Exception {
        JsonNode json = bodies.jsonObject(call.ctx()).orElseThrow(() -> ApiProblem.badRequest(
                "send the endpoint as a JSON object: {\"url\": \"https://...\"}"));
        URI url = ConnectionBody.httpUrl("url", ConnectionBody.of(json, ENDPOINT_FIELDS).text("url"));
        var registered = webhooks.register(call.tenant(), url);
        replies.ok(call.ctx(), new RegisteredJson(registered.endpoint().id(), registered.endpoint().url(),
                registered.endpoint().createdAt(), registered.signingSecret().reveal()));
        call.ctx().status(201);
    }

    private static int limit(Call call) {
        String raw = call.query().get("limit").orElse("");
        if (raw.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw);
            if (limit >= 1 && limit <= MOST) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw ApiProblem.badRequest("the query parameter 'limit' must be a whole number from 1 to " + MOST
                + " (default " + DEFAULT_LIMIT + ")");
    }

    /** An endpoint on the wire, never its secret. The API's contract: change it only by adding. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record EndpointJson(String id, URI url, @JsonProperty("created_at") Instant createdAt) {
        static EndpointJson of(WebhookEndpoint endpoint) {
            return new EndpointJson(endpoint.id(), endpoint.url(), endpoint.createdAt());
        }
    }

    /** A new endpoint with its signing secret, answered once. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RegisteredJson(String id, URI url, @JsonProperty("created_at") Instant createdAt,
            @JsonProperty("signing_secret") String signingSecret) {
    }

    /** One delivery of the log. The API's contract: change it only by adding. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DeliveryJson(
            long id,
            @JsonProperty("event_id") String eventId,
            @JsonProperty("event_type") String eventType,
            @JsonProperty("connection_id") String connectionId,
            @JsonProperty("occurred_at") Instant occurredAt,
            String status,
            int attempts,
            @JsonProperty("last_attempt_at") Instant lastAttemptAt,
            @JsonProperty("last_response_status") Integer lastResponseStatus,
            @JsonProperty("last_error") String lastError,
            @JsonProperty("next_attempt_at") Instant nextAttemptAt) {

        static DeliveryJson of(WebhookDelivery delivery) {
            return new DeliveryJson(delivery.id(), delivery.eventId(), delivery.event().type().wireName(),
                    delivery.event().connection().id().value(), delivery.event().occurredAt(),
                    delivery.status().name().toLowerCase(Locale.ROOT), delivery.attempts(),
                    delivery.lastAttemptAt().orElse(null), delivery.lastResponseStatus().orElse(null),
                    delivery.lastError().orElse(null), delivery.nextAttemptAt().orElse(null));
        }
    }
}
