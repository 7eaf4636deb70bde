package dev.crosswalk.testkit.salesforce.bulk;

import dev.crosswalk.testkit.salesforce.data.ObjectTable;
import dev.crosswalk.testkit.salesforce.data.Row;
import dev.crosswalk.testkit.salesforce.org.Org;
import dev.crosswalk.testkit.salesforce.org.OrgUser;
import dev.crosswalk.testkit.salesforce.query.BoundQuery;
import dev.crosswalk.testkit.salesforce.query.RowResolver;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/**
 * A Bulk API 2.0 query job: a bound SOQL query whose result is streamed page by page.
 *
 * <p>As on the platform, the result is a snapshot: its rows and their order are fixed the first time it is read after
 * the job completes, so pages stay consistent while a test keeps writing. Rows inserted later are not in it, rows
 * deleted later stay in it, and an ORDER BY is not applied again. Only record numbers are kept (a bit per table row,
 * or with ORDER BY a {@code long} per result row), never rows: values are read as each page is written, so an update
 * made after completion shows in the pages read after it, and a row hard-deleted since is left out of its page.
 */
public final class QueryJob extends BulkJob {

    private final BoundQuery query;
    private final boolean includeDeleted;
    private Result result;

    public QueryJob(String id, Org org, OrgUser user, String operation, String apiVersion, CsvFormat format, Instant created,
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

    public BoundQuery query() {
        return query;
    }

    /** The result of the completed job, taken from the tables on the first call and the same on every later one. */
    public synchronized Result result() {
        if (result == null) {
            result = query.order().isEmpty() ? InIdOrder.collect(org(), query, includeDeleted)
                    : Sorted.collect(org(), query, includeDeleted);
        }
        return result;
    }

    /** The record numbers of a completed job's rows, in result order. Immutable. */
    public sealed interface Result permits InIdOrder, Sorted {

        long size();

        /** The record numbers from the {@code first} (0-based) result row on. */
        PrimitiveIterator.OfLong numbersFrom(long first);
    }

    /** Without ORDER BY rows come in id order, so a bit per table row says which rows are in the result. */
    static final class InIdOrder implements Result {

        /** Every {@value}th row's bit is kept, so a page finds its first row without counting from the start. */
        private static final int CHECKPOINT_EVERY = 10_000;

        private final BitSet members;
        private final int[] checkpoints;
        private final long size;

        private InIdOrder(BitSet members, int[] checkpoints, long size) {
            this.members = members;
            this.checkpoints = checkpoints;
            this.size = size;
        }

        static InIdOrder collect(Org org, BoundQuery query, boolean includeDeleted) {
            RowResolver resolver = new RowResolver(org);
            long cap = query.limit() < 0 ? Long.MAX_VALUE : query.limit();
            BitSet members = new BitSet();
            int[] checkpoints = new int[0];
            long size = 0;
            for (Iterator<Row> rows = org.table(query.from()).scan(includeDeleted); rows.hasNext() && size < cap;) {
                Row row = rows.next();
                if (query.filter().test(row, resolver)) {
                    int bit = Math.toIntExact(row.number() - ObjectTable.FIRST_NUMBER);
                    members.set(bit);
                    if (size % CHECKPOINT_EVERY == 0) {
                        checkpoints = Arrays.copyOf(checkpoints, checkpoints.length + 1);
                        checkpoints[checkpoints.length - 1] = bit;
                    }
                    size++;
                }
            }
            return new InIdOrder(members, checkpoints, size);
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public PrimitiveIterator.OfLong numbersFrom(long first) {
            int slot = (int) (first / CHECKPOINT_EVERY);
            int bit = slot < checkpoints.length ? checkpoints[slot] : -1;
            for (long skip = first % CHECKPOINT_EVERY; skip > 0 && bit >= 0; skip--) {
                bit = members.nextSetBit(bit + 1);
            }
            return bitsFrom(bit);
        }

        private PrimitiveIterator.OfLong bitsFrom(int start) {
            return new PrimitiveIterator.OfLong() {
                private int next = start;

                @Override
                public boolean hasNext() {
                    return next >= 0;
                }

                @Override
                public long nextLong() {
                    if (next < 0) {
                        throw new NoSuchElementException();
                    }
                    int current = next;
                    next = members.nextSetBit(current + 1);
                    return ObjectTable.FIRST_NUMBER + current;
                }
            };
        }
    }

    /** With ORDER BY the rows are sorted once, when the result is taken, and only their record numbers kept. */
    static final class Sorted implements Result {

        /** A matching row's record number and its ORDER BY values, all a sort needs. */
        private record Keyed(long number, Object[] keys) {
        }

        private final long[] numbers;

        private Sorted(long[] numbers) {
            this.numbers = numbers;
        }

        /**
         * Sorts the matching rows by their ORDER BY values alone, each read once, rather than whole rows as a REST
         * query does: a million-row result then sorts within a small heap. Ties keep id order, as in a REST query.
         */
        static Sorted collect(Org org, BoundQuery query, boolean includeDeleted) {
            RowResolver resolver = new RowResolver(org);
            List<BoundQuery.Order> order = query.order();
            List<Keyed> matches = new ArrayList<>();
            for (Iterator<Row> rows = org.table(query.from()).scan(includeDeleted); rows.hasNext();) {
                Row row = rows.next();
                if (query.filter().test(row, resolver)) {
                    Object[] keys = new Object[order.size()];
                    for (int i = 0; i < keys.length; i++) {
                        keys[i] = order.get(i).path().value(row, resolver);
                    }
                    matches.add(new Keyed(row.number(), keys));
                }
            }
            matches.sort(comparator(order));
            long size = query.limit() < 0 ? matches.size() : query.limit();
            return new Sorted(matches.stream().limit(size).mapToLong(Keyed::number).toArray());
        }

        private static Comparator<Keyed> comparator(List<BoundQuery.Order> order) {
            Comparator<Keyed> result = (a, b) -> 0;
            for (int i = 0; i < order.size(); i++) {
                int column = i;
                BoundQuery.Order item = order.get(i);
                result = result.thenComparing((a, b) -> item.compare(a.keys()[column], b.keys()[column]));
            }
            return result;
        }

        @Override
        public long size() {
            return numbers.length;
        }

        @Override
        public PrimitiveIterator.OfLong numbersFrom(long first) {
            return Arrays.stream(numbers, (int) Math.min(first, numbers.length), numbers.length).iterator();
        }
    }
}
