package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.QuotaUsage;
import dev.crosswalk.core.port.out.crm.QuotaPort;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Remembers the last {@code Sforce-Limit-Info: api-usage=used/max} Salesforce reported per connection; the allowance
 * covers a rolling 24 hours. Thread-safe.
 */
final class SalesforceQuota implements QuotaPort {

    static final String HEADER = "Sforce-Limit-Info";

    /** Salesforce's daily API allowance is counted over a rolling day. */
    static final Duration WINDOW = Duration.ofHours(24);

    private static final Pattern API_USAGE = Pattern.compile("api-usage=(\\d+)/(\\d+)");

    private final Map<ConnectionRef, QuotaUsage> lastUsage = new ConcurrentHashMap<>();
    private final Clock clock;

    SalesforceQuota(Clock clock) {
        this.clock = clock;
    }

    void record(Connection connection, String headerValue) {
        if (headerValue == null) {
            return;
        }
        Matcher usage = API_USAGE.matcher(headerValue);
        if (usage.find()) {
            long used = Long.parseLong(usage.group(1));
            long limit = Long.parseLong(usage.group(2));
            if (limit > 0) {
                lastUsage.put(connection.ref(), QuotaUsage.of(used, limit, clock.instant()).withWindow(WINDOW));
            }
        }
    }

    @Override
    public Optional<QuotaUsage> lastKnownUsage(Connection connection) {
        return Optional.ofNullable(lastUsage.get(connection.ref()));
    }
}
