package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.domain.WebhookDelivery;
import dev.crosswalk.core.domain.WebhookEndpoint;
import dev.crosswalk.core.port.in.DeliverWebhooksUseCase;
import dev.crosswalk.core.port.in.ManageWebhooksUseCase;
import dev.crosswalk.core.port.in.UseCaseException;
import dev.crosswalk.core.port.out.host.WebhookSender;
import dev.crosswalk.core.port.out.store.WebhookStore;
import dev.crosswalk.core.port.out.store.WebhookStore.DueDelivery;
import dev.crosswalk.core.toolkit.webhook.WebhookSignatures;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Webhook endpoints and their delivery: each due delivery is signed and sent once per pass; a failure (no 2xx, no
 * answer) is retried after {@code firstRetry}, doubling up to {@link #LONGEST_RETRY}, {@link #ATTEMPTS} times in all.
 */
final class WebhookService implements ManageWebhooksUseCase, DeliverWebhooksUseCase {

    static final int ATTEMPTS = 15;
    static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final int BATCH = 100;
    private static final int MOST_PASSES = 50;

    private final WebhookStore store;
    private final WebhookSender sender;
    private final Clock clock;
    private final Duration firstRetry;

    WebhookService(WebhookStore store, WebhookSender sender, Clock clock, Duration firstRetry) {
        this.store = store;
        this.sender = sender;
        this.clock = clock;
        this.firstRetry = firstRetry;
    }

    @Override
    public Registered register(TenantId tenant, URI url) {
        if (url.getHost() == null || !List.of("http", "https").contains(url.getScheme())
                || url.getRawUserInfo() != null) {
            throw new UseCaseException.InvalidRequest("a webhook URL must be an absolute http(s) URL without user"
                    + " info, was '" + url + "'", List.of());
        }
        WebhookEndpoint endpoint = new WebhookEndpoint(tenant, "wh_" + RandomText.ofBytes(12), url, clock.instant());
        Secret secret = Secret.of("whsec_" + RandomText.ofBytes(32));
        store.addEndpoint(endpoint, secret);
        return new Registered(endpoint, secret);
    }

    @Override
    public List<WebhookEndpoint> list(TenantId tenant) {
        return store.endpoints(tenant);
    }

    @Override
    public void delete(TenantId tenant, String endpointId) {
        if (!store.deleteEndpoint(tenant, endpointId)) {
            throw new UseCaseException.WebhookNotFound(endpointId);
        }
    }

    @Override
    public List<WebhookDelivery> deliveries(TenantId tenant, String endpointId, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new UseCaseException.InvalidRequest("the limit must be from 1 to 1000, was " + limit, List.of());
        }
        if (store.endpoints(tenant).stream().noneMatch(endpoint -> endpoint.id().equals(endpointId))) {
            throw new UseCaseException.WebhookNotFound(endpointId);
        }
        return store.deliveries(tenant, endpointId, limit);
    }

    /** Passes until nothing is due: a lane's next delivery becomes due as soon as the one before it is delivered. */
    @Override
    public int deliverDue() {
        int sent = 0;
        for (int pass = 0; pass < MOST_PASSES; pass++) {
            List<DueDelivery> due = store.due(clock.instant(), BATCH);
            if (due.isEmpty()) {
                break;
            }
            due.forEach(this::send);
            sent += due.size();
        }
        return sent;
    }

    private void send(DueDelivery delivery) {
        byte[] body = WebhookPayload.of(delivery.eventId(), delivery.event());
        Instant now = clock.instant();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(WebhookSignatures.EVENT_ID_HEADER, delivery.eventId());
        headers.put(WebhookSignatures.EVENT_TYPE_HEADER, delivery.event().type().wireName());
        headers.put(WebhookSignatures.TIMESTAMP_HEADER, Long.toString(now.getEpochSecond()));
        headers.put(WebhookSignatures.SIGNATURE_HEADER, WebhookSignatures.sign(delivery.signingSecret(), now, body));
        try {
            int status = sender.post(delivery.endpoint().url(), headers, body);
            if (status >= 200 && status < 300) {
                store.recordSuccess(delivery.deliveryId(), status, now);
            } else {
                failed(delivery, status, "the endpoint answered HTTP " + status, now);
            }
        } catch (IOException unreachable) {
            failed(delivery, null, "could not reach the endpoint: " + unreachable.getMessage(), now);
        }
    }

    private void failed(DueDelivery delivery, Integer status, String error, Instant now) {
        int attempts = delivery.attempts() + 1;
        Optional<Instant> next = attempts >= ATTEMPTS ? Optional.empty() : Optional.of(now.plus(retryDelay(attempts)));
        store.recordFailure(delivery.deliveryId(), status, error, now, next);
    }

    /** @return the wait after the {@code attempts}th failure: {@code firstRetry} doubling, at most an hour */
    Duration retryDelay(int attempts) {
        Duration delay = firstRetry;
        for (int i = 1; i < attempts && delay.compareTo(LONGEST_RETRY) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

}
