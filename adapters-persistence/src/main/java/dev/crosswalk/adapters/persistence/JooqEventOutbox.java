package dev.crosswalk.adapters.persistence;

import static dev.crosswalk.adapters.persistence.generated.Tables.OUTBOX_EVENTS;
import static dev.crosswalk.adapters.persistence.generated.Tables.WEBHOOK_DELIVERIES;
import static dev.crosswalk.adapters.persistence.generated.Tables.WEBHOOK_ENDPOINTS;

import dev.crosswalk.adapters.persistence.generated.tables.records.OutboxEventsRecord;
import dev.crosswalk.core.domain.ConnectionEvent;
import dev.crosswalk.core.port.out.store.EventOutbox;
import java.time.Clock;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
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
            Long eventId = insertEvent(event, null)
                    .returningResult(OUTBOX_EVENTS.ID)
                    .fetchOne(row -> row.value1());
            queueDeliveries(event, eventId);
        });
    }

    /** The event row goes in with {@code ON CONFLICT DO NOTHING} on its key; only the caller that inserted it fans out. */
    @Override
    public boolean appendOnce(ConnectionEvent event, String key) {
        return db.transactionResult(() -> {
            if (!Inserts.insertIfAbsent(insertEvent(event, key))) {
                return false;
            }
            Long eventId = db.select(OUTBOX_EVENTS.ID).from(OUTBOX_EVENTS).where(OUTBOX_EVENTS.DEDUP_KEY.eq(key))
                    .fetchOne(OUTBOX_EVENTS.ID);
            queueDeliveries(event, eventId);
            return true;
        });
    }

    private InsertSetMoreStep<OutboxEventsRecord> insertEvent(ConnectionEvent event, String key) {
        return db.insertInto(OUTBOX_EVENTS)
                .set(OUTBOX_EVENTS.TENANT_ID, event.connection().tenant().value())
                .set(OUTBOX_EVENTS.CONNECTION_ID, event.connection().id().value())
                .set(OUTBOX_EVENTS.CONNECTOR_KIND, event.connectorKind())
                .set(OUTBOX_EVENTS.EVENT_TYPE, event.type().name())
                .set(OUTBOX_EVENTS.DETAIL, event.detail())
                .set(OUTBOX_EVENTS.OCCURRED_AT, Times.stored(event.occurredAt()))
                .set(OUTBOX_EVENTS.DEDUP_KEY, key);
    }

    private void queueDeliveries(ConnectionEvent event, Long eventId) {
        db.insertInto(WEBHOOK_DELIVERIES, WEBHOOK_DELIVERIES.EVENT_ID, WEBHOOK_DELIVERIES.TENANT_ID,
                        WEBHOOK_DELIVERIES.ENDPOINT_ID, WEBHOOK_DELIVERIES.CONNECTION_ID,
                        WEBHOOK_DELIVERIES.STATUS, WEBHOOK_DELIVERIES.ATTEMPTS,
                        WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT, WEBHOOK_DELIVERIES.CREATED_AT)
                .select(DSL.select(DSL.val(eventId, WEBHOOK_DELIVERIES.EVENT_ID), WEBHOOK_ENDPOINTS.TENANT_ID,
                                WEBHOOK_ENDPOINTS.ENDPOINT_ID,
                                DSL.val(event.connection().id().value(), WEBHOOK_DELIVERIES.CONNECTION_ID),
                                DSL.val(PENDING, WEBHOOK_DELIVERIES.STATUS),
                                DSL.val(0, WEBHOOK_DELIVERIES.ATTEMPTS),
                                DSL.val(Times.stored(event.occurredAt()), WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT),
                                DSL.val(Times.now(clock), WEBHOOK_DELIVERIES.CREATED_AT))
                        .from(WEBHOOK_ENDPOINTS)
                        .where(WEBHOOK_ENDPOINTS.TENANT_ID.eq(event.connection().tenant().value())))
                .execute();
    }
}
