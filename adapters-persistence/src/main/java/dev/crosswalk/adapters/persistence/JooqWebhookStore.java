package dev.crosswalk.adapters.persistence;

import static dev.crosswalk.adapters.persistence.generated.Tables.OUTBOX_EVENTS;
import static dev.crosswalk.adapters.persistence.generated.Tables.WEBHOOK_DELIVERIES;
import static dev.crosswalk.adapters.persistence.generated.Tables.WEBHOOK_ENDPOINTS;

import dev.crosswalk.adapters.persistence.TokenCipher.Role;
import dev.crosswalk.adapters.persistence.generated.tables.WebhookDeliveries;
import dev.crosswalk.core.domain.ConnectionEvent;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.domain.WebhookDelivery;
import dev.crosswalk.core.domain.WebhookEndpoint;
import dev.crosswalk.core.port.out.store.WebhookStore;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

/**
 * Webhook endpoints, their signing secrets encrypted by {@link TokenCipher} (bound to tenant and endpoint), and the
 * deliveries {@link JooqEventOutbox} queues. A lane is one endpoint's deliveries for one connection: only its oldest
 * pending delivery is ever due, so a lane's events go out in order.
 */
final class JooqWebhookStore implements WebhookStore {

    private static final String DELIVERED = "delivered";
    private static final String FAILED = "failed";
    private static final int LONGEST_ERROR = 1000;

    private final DSLContext db;
    private final TokenCipher cipher;

    JooqWebhookStore(DSLContext db, TokenCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    @Override
    public void addEndpoint(WebhookEndpoint endpoint, Secret signingSecret) {
        try {
            db.insertInto(WEBHOOK_ENDPOINTS)
                    .set(WEBHOOK_ENDPOINTS.TENANT_ID, endpoint.tenant().value())
                    .set(WEBHOOK_ENDPOINTS.ENDPOINT_ID, endpoint.id())
                    .set(WEBHOOK_ENDPOINTS.URL, endpoint.url().toString())
                    .set(WEBHOOK_ENDPOINTS.SECRET_CIPHERTEXT,
                            cipher.encrypt(signingSecret, sealedAs(endpoint.tenant(), endpoint.id()), Role.WEBHOOK_SECRET))
                    .set(WEBHOOK_ENDPOINTS.CREATED_AT, Times.stored(endpoint.createdAt()))
                    .execute();
        } catch (IntegrityConstraintViolationException noTenant) {
            throw new IllegalArgumentException("there is no tenant '" + endpoint.tenant().value()
                    + "', or it already has an endpoint '" + endpoint.id() + "'");
        }
    }

    @Override
    public List<WebhookEndpoint> endpoints(TenantId tenant) {
        return db.selectFrom(WEBHOOK_ENDPOINTS)
                .where(WEBHOOK_ENDPOINTS.TENANT_ID.eq(tenant.value()))
                .orderBy(WEBHOOK_ENDPOINTS.CREATED_AT, WEBHOOK_ENDPOINTS.ENDPOINT_ID)
                .fetch(row -> new WebhookEndpoint(tenant, row.getEndpointId(), URI.create(row.getUrl()),
                        row.getCreatedAt()));
    }

    @Override
    public boolean deleteEndpoint(TenantId tenant, String endpointId) {
        return db.deleteFrom(WEBHOOK_ENDPOINTS)
                .where(WEBHOOK_ENDPOINTS.TENANT_ID.eq(tenant.value()))
                .and(WEBHOOK_ENDPOINTS.ENDPOINT_ID.eq(endpointId))
                .execute() > 0;
    }

    @Override
    public List<WebhookDelivery> deliveries(TenantId tenant, String endpointId, int limit) {
        return db.select(WEBHOOK_DELIVERIES.asterisk(), OUTBOX_EVENTS.asterisk())
                .from(WEBHOOK_DELIVERIES)
                .join(OUTBOX_EVENTS).on(OUTBOX_EVENTS.ID.eq(WEBHOOK_DELIVERIES.EVENT_ID))
                .where(WEBHOOK_DELIVERIES.TENANT_ID.eq(tenant.value()))
                .and(WEBHOOK_DELIVERIES.ENDPOINT_ID.eq(endpointId))
                .orderBy(WEBHOOK_DELIVERIES.ID.desc())
                .limit(limit)
                .fetch(JooqWebhookStore::delivery);
    }

    @Override
    public List<DueDelivery> due(Instant now, int limit) {
        WebhookDeliveries earlier = WEBHOOK_DELIVERIES.as("earlier");
        return db.select(WEBHOOK_DELIVERIES.asterisk(), OUTBOX_EVENTS.asterisk(), WEBHOOK_ENDPOINTS.asterisk())
                .from(WEBHOOK_DELIVERIES)
                .join(OUTBOX_EVENTS).on(OUTBOX_EVENTS.ID.eq(WEBHOOK_DELIVERIES.EVENT_ID))
                .join(WEBHOOK_ENDPOINTS).on(WEBHOOK_ENDPOINTS.TENANT_ID.eq(WEBHOOK_DELIVERIES.TENANT_ID)
                        .and(WEBHOOK_ENDPOINTS.ENDPOINT_ID.eq(WEBHOOK_DELIVERIES.ENDPOINT_ID)))
                .where(WEBHOOK_DELIVERIES.STATUS.eq(JooqEventOutbox.PENDING))
                .and(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT.le(Times.stored(now)))
                .andNotExists(DSL.selectOne().from(earlier)
                        .where(earlier.TENANT_ID.eq(WEBHOOK_DELIVERIES.TENANT_ID))
                        .and(earlier.ENDPOINT_ID.eq(WEBHOOK_DELIVERIES.ENDPOINT_ID))
                        .and(earlier.CONNECTION_ID.eq(WEBHOOK_DELIVERIES.CONNECTION_ID))
                        .and(earlier.STATUS.eq(JooqEventOutbox.PENDING))
                        .and(earlier.ID.lt(WEBHOOK_DELIVERIES.ID)))
                .orderBy(WEBHOOK_DELIVERIES.ID)
                .limit(limit)
                .fetch(this::due);
    }

    @Override
    public void recordSuccess(long deliveryId, int status, Instant at) {
        db.update(WEBHOOK_DELIVERIES)
                .set(WEBHOOK_DELIVERIES.STATUS, DELIVERED)
                .set(WEBHOOK_DELIVERIES.ATTEMPTS, WEBHOOK_DELIVERIES.ATTEMPTS.plus(1))
                .set(WEBHOOK_DELIVERIES.LAST_ATTEMPT_AT, Times.stored(at))
                .set(WEBHOOK_DELIVERIES.LAST_RESPONSE_STATUS, status)
                .setNull(WEBHOOK_DELIVERIES.LAST_ERROR)
                .setNull(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT)
                .where(WEBHOOK_DELIVERIES.ID.eq(deliveryId))
                .execute();
    }

    @Override
    public void recordFailure(long deliveryId, Integer responseStatus, String error, Instant at,
            Optional<Instant> nextAttemptAt) {
        db.update(WEBHOOK_DELIVERIES)
                .set(WEBHOOK_DELIVERIES.STATUS, nextAttemptAt.isPresent() ? JooqEventOutbox.PENDING : FAILED)
                .set(WEBHOOK_DELIVERIES.ATTEMPTS, WEBHOOK_DELIVERIES.ATTEMPTS.plus(1))
                .set(WEBHOOK_DELIVERIES.LAST_ATTEMPT_AT, Times.stored(at))
                .set(WEBHOOK_DELIVERIES.LAST_RESPONSE_STATUS, responseStatus)
                .set(WEBHOOK_DELIVERIES.LAST_ERROR, error.length() > LONGEST_ERROR
                        ? error.substring(0, LONGEST_ERROR) : error)
                .set(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT, nextAttemptAt.map(Times::stored).orElse(null))
                .where(WEBHOOK_DELIVERIES.ID.eq(deliveryId))
                .execute();
    }

    private DueDelivery due(Record row) {
        TenantId tenant = new TenantId(row.get(WEBHOOK_ENDPOINTS.TENANT_ID));
        String endpointId = row.get(WEBHOOK_ENDPOINTS.ENDPOINT_ID);
        WebhookEndpoint endpoint = new WebhookEndpoint(tenant, endpointId, URI.create(row.get(WEBHOOK_ENDPOINTS.URL)),
                row.get(WEBHOOK_ENDPOINTS.CREATED_AT));
        Secret secret = cipher.decrypt(row.get(WEBHOOK_ENDPOINTS.SECRET_CIPHERTEXT), sealedAs(tenant, endpointId),
                Role.WEBHOOK_SECRET);
        return new DueDelivery(row.get(WEBHOOK_DELIVERIES.ID), endpoint, secret, eventId(row), event(row),
                row.get(WEBHOOK_DELIVERIES.ATTEMPTS));
    }

    private static WebhookDelivery delivery(Record row) {
        return new WebhookDelivery(row.get(WEBHOOK_DELIVERIES.ID), eventId(row), event(row),
                WebhookDelivery.Status.valueOf(row.get(WEBHOOK_DELIVERIES.STATUS).toUpperCase(Locale.ROOT)),
                row.get(WEBHOOK_DELIVERIES.ATTEMPTS),
                Optional.ofNullable(row.get(WEBHOOK_DELIVERIES.LAST_ATTEMPT_AT)),
                Optional.ofNullable(row.get(WEBHOOK_DELIVERIES.LAST_RESPONSE_STATUS)),
                Optional.ofNullable(row.get(WEBHOOK_DELIVERIES.LAST_ERROR)),
                Optional.ofNullable(row.get(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT)));
    }

    private static String eventId(Record row) {
        return "evt_" + row.get(OUTBOX_EVENTS.ID);
    }

    private static ConnectionEvent event(Record row) {
        return new ConnectionEvent(ConnectionEvent.Type.valueOf(row.get(OUTBOX_EVENTS.EVENT_TYPE)),
                new ConnectionRef(new TenantId(row.get(OUTBOX_EVENTS.TENANT_ID)),
                        new ConnectionId(row.get(OUTBOX_EVENTS.CONNECTION_ID))),
                row.get(OUTBOX_EVENTS.CONNECTOR_KIND), row.get(OUTBOX_EVENTS.OCCURRED_AT),
                row.get(OUTBOX_EVENTS.DETAIL));
    }

    /** The endpoint's secret is sealed to its tenant and id, as a token is to its connection. */
    private static ConnectionRef sealedAs(TenantId tenant, String endpointId) {
        return new ConnectionRef(tenant, new ConnectionId(endpointId));
    }
}
