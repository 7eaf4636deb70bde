package dev.crosswalk.testkit.salesforce;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;

/** A Bulk API 2.0 query job: a bound SOQL query whose result is streamed page by page. */
final class QueryJob extends BulkJob {

    private final BoundQuery query;
    private final boolean includeDeleted;
    /** Every {@value #CHECKPOINT_EVERY}th match's record number, so a page can start near its first row. */
    static final int CHECKPOINT_EVERY = 10_000;

    private long matchCount = -1;
    private long[] checkpoints = new long[0];

    QueryJob(String id, Org org, OrgUser user, String operation, String apiVersion, CsvFormat format, Instant created,
            Duration processingTime, BoundQuery query) {
        super(id, org, user, query.from().name(), operation, apiVersion, format, created, processingTime);
        this.query = query;
        this.includeDeleted = operation.equals("queryAll");
    }

    /** A query job can be deleted only once it has finished (JobComplete, Aborted or Failed). */
    @Override
    boolean isDeletable(Instant now) {
        return isTerminal(now);
    }

    BoundQuery query() {
        return query;
    }

    boolean includeDeleted() {
        return includeDeleted;
    }

    /** How many rows the result has; counted once, when first needed after completion. */
    synchronized long matchCount() {
        if (matchCount < 0) {
            long count = 0;
            java.util.List<Long> marks = new java.util.ArrayList<>();
            RowResolver resolver = new RowResolver(org());
            long cap = query.limit() < 0 ? Long.MAX_VALUE : query.limit();
            for (Iterator<Row> rows = org().table(query.from()).scan(includeDeleted); rows.hasNext() && count < cap;) {
                Row row = rows.next();
                if (query.filter().test(row, resolver)) {
                    if (count % CHECKPOINT_EVERY == 0) {
                        marks.add(row.number());
                    }
                    count++;
                }
            }
            checkpoints = marks.stream().mapToLong(Long::longValue).toArray();
            matchCount = count;
        }
        return matchCount;
    }

    /** The record number of match {@code (matchIndex / CHECKPOINT_EVERY) * CHECKPOINT_EVERY}. */
    synchronized long checkpoint(long matchIndex) {
        matchCount();
        int slot = (int) (matchIndex / CHECKPOINT_EVERY);
        return slot < checkpoints.length ? checkpoints[slot] : Long.MAX_VALUE;
    }
}
