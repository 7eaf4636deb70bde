package dev.crosswalk.testkit.salesforce.query;

import dev.crosswalk.testkit.salesforce.data.ObjectTable;
import dev.crosswalk.testkit.salesforce.data.SalesforceIds;
import dev.crosswalk.testkit.salesforce.org.Org;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Open query cursors behind {@code nextRecordsUrl} locators ({@code 01g…-2000}). The oldest are dropped beyond a cap,
 * as the platform drops idle cursors. Thread-safe.
 */
public final class QueryCursors {

    private static final int MAX_OPEN = 64;

    /** The rows of one query, frozen at the time it ran. */
    public record Cursor(String locatorId, Org org, BoundQuery query, long[] numbers, int batchSize, boolean includeDeleted) {
    }

    private final AtomicLong nextNumber = new AtomicLong(ObjectTable.FIRST_NUMBER);
    private final Map<String, Cursor> open = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cursor> eldest) {
            return size() > MAX_OPEN;
        }
    };

    public synchronized Cursor open(Org org, BoundQuery query, long[] numbers, int batchSize, boolean includeDeleted) {
        String id = SalesforceIds.of("01g", SalesforceIds.pod(org.id()), nextNumber.getAndIncrement());
        Cursor cursor = new Cursor(id, org, query, numbers, batchSize, includeDeleted);
        open.put(id, cursor);
        return cursor;
    }

    public synchronized Optional<Cursor> find(String locatorId) {
        return Optional.ofNullable(open.get(locatorId));
    }
}
