package dev.crosswalk.adapters.persistence;

import static dev.crosswalk.adapters.persistence.generated.Tables.OUTBOX_EVENTS;
import static dev.crosswalk.adapters.persistence.generated.Tables.WEBHOOK_DELIVERIES;
import static dev.crosswalk.adapters.persistence.generated.Tables.WEBHOOK_ENDPOINTS;

import dev.crosswalk.core.domain.ConnectionEvent;
import dev.crosswalk.core.port.out.store.EventOutbox;
import java.time.Clock;
import java.time.Instant;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Writes an event and, with one {@code INSERT ... SELECT}, a pending delivery for each endpoint its tenant has. Both
 * statements join the caller's transaction ({@link JooqTransactions}); outside one they run in their own.
 */
final class JooqEventOutbox implements EventOutbox {

    static final String PENDING = "pending";

    private final DSLContext db;
    private final Clock clock;

    JooqEventOutbox(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void append(ConnectionEvent event) {
        db.transaction(() -> {
            String tenant = event.connection().tenant().value();
            Instant occurred = Times.stored(event.occurredAt());
            Long eventId = db.insertInto(OUTBOX_EVENTS)
                    .set(OUTBOX_EVENTS.TENANT_ID, tenant)
                    .set(OUTBOX_EVENTS.CONNECTION_ID, event.connection().id().value())
                    .set(OUTBOX_EVENTS.CONNECTOR_KIND, event.connectorKind())
                    .set(OUTBOX_EVENTS.EVENT_TYPE, event.type().name())
                    .set(OUTBOX_EVENTS.DETAIL, event.detail())
                    .set(OUTBOX_EVENTS.OCCURRED_AT, occurred)
                    .returningResult(OUTBOX_EVENTS.ID)
                    .fetchOne(row -> row.value1());
            db.insertInto(WEBHOOK_DELIVERIES, WEBHOOK_DELIVERIES.EVENT_ID, WEBHOOK_DELIVERIES.TENANT_ID,
                            WEBHOOK_DELIVERIES.ENDPOINT_ID, WEBHOOK_DELIVERIES.CONNECTION_ID,
                            WEBHOOK_DELIVERIES.STATUS, WEBHOOK_DELIVERIES.ATTEMPTS,
                            WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT, WEBHOOK_DELIVERIES.CREATED_AT)
                    .select(DSL.select(DSL.val(eventId, WEBHOOK_DELIVERIES.EVENT_ID), WEBHOOK_ENDPOINTS.TENANT_ID,
                                    WEBHOOK_ENDPOINTS.ENDPOINT_ID,
                                    DSL.val(event.connection().id().value(), WEBHOOK_DELIVERIES.CONNECTION_ID),
                                    DSL.val(PENDING, WEBHOOK_DELIVERIES.STATUS),
                                    DSL.val(0, WEBHOOK_DELIVERIES.ATTEMPTS),
                                    DSL.val(occurred, WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT),
                                    DSL.val(Times.now(clock), WEBHOOK_DELIVERIES.CREATED_AT))
                            .from(WEBHOOK_ENDPOINTS)
                            .where(WEBHOOK_ENDPOINTS.TENANT_ID.eq(tenant)))
                    .execute();
        });
    }
}
