package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionEvent;
import dev.crosswalk.core.domain.QuotaUsage;
import dev.crosswalk.core.port.out.crm.CrmPorts;
import dev.crosswalk.core.port.out.store.EventOutbox;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a {@link ConnectionEvent.Type#QUOTA_ALERT} once per connection and quota window when a call leaves the CRM's
 * reported usage at or above the threshold. Windows are counted from the epoch in steps of the CRM's window (for
 * Salesforce's 24 hours, UTC days), and the outbox's key keeps it once across every node; this process also remembers
 * the windows it has alerted on, so calls past the threshold do not ask the database again.
 */
final class QuotaAlerts {

    private static final Duration DEFAULT_WINDOW = Duration.ofDays(1);
    private static final int REMEMBERED = 10_000;

    private final EventOutbox outbox;
    private final Clock clock;
    private final double threshold;
    private final Set<String> alerted = ConcurrentHashMap.newKeySet();

    QuotaAlerts(EventOutbox outbox, Clock clock, double threshold) {
        this.outbox = outbox;
        this.clock = clock;
        this.threshold = threshold;
    }

    /** Never fails the call it follows: when the outbox cannot be written, the next call tries again. */
    void afterCall(Connection connection, CrmPorts ports) {
        QuotaUsage usage;
        try {
            usage = ports.quota().lastKnownUsage(connection).orElse(null);
        } catch (RuntimeException unknown) {
            return;
        }
        if (usage == null || usage.limit() <= 0 || usage.fraction() < threshold) {
            return;
        }
        long windowMillis = usage.window().orElse(DEFAULT_WINDOW).toMillis();
        String key = "quota:" + connection.ref() + ":" + usage.observedAt().toEpochMilli() / windowMillis;
        if (alerted.contains(key)) {
            return;
        }
        String detail = String.format(Locale.ROOT, "connection '%s' has used %,d of its %,d API calls (%d %%) in"
                        + " the current window; at the limit the CRM refuses calls until the window resets",
                connection.id().value(), usage.used(), usage.limit(), Math.round(usage.fraction() * 100));
        try {
            outbox.appendOnce(new ConnectionEvent(ConnectionEvent.Type.QUOTA_ALERT, connection.ref(),
                    connection.connectorKind(), clock.instant(), detail), key);
        } catch (RuntimeException unwritten) {
            return;
        }
        if (alerted.size() >= REMEMBERED) {
            alerted.clear();
        }
        alerted.add(key);
    }
}
