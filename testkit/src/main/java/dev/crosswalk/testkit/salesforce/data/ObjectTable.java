package dev.crosswalk.testkit.salesforce.data;

import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The records of one sObject type in one org.
 *
 * <p>Generated records are a pure function of their index ({@link RowGenerator}), so seeding a million rows costs
 * nothing and the heap holds only what was written. Written rows (inserted, updated, deleted) live in an overlay
 * keyed by record number; a generated row that is written moves into the overlay. Iteration is in record-number
 * order, which is id order. Thread-safe: each write replaces a row atomically.
 */
public final class ObjectTable {

    /** The first record number: makes ids look like the platform's ({@code 003Dn00000AbCdE}). */
    public static final long FIRST_NUMBER = 62L * 62 * 62 * 62 * 62 * 3;

    private final ObjectDef type;
    private final String pod;
    private final long generatedCount;
    private final RowGenerator generator;
    private final ConcurrentSkipListMap<Long, Object[]> written = new ConcurrentSkipListMap<>();
    private final ConcurrentSkipListMap<Long, Instant> deletedAt = new ConcurrentSkipListMap<>();
    private final AtomicLong nextNumber;
    private final Map<Integer, Map<Object, Set<Long>>> indexes = new HashMap<>();

    public ObjectTable(ObjectDef type, String pod, long generatedCount, RowGenerator generator) {
        this.type = type;
        this.pod = pod;
        this.generatedCount = generatedCount;
        this.generator = generator;
        this.nextNumber = new AtomicLong(FIRST_NUMBER + generatedCount);
    }

    public ObjectDef type() {
        return type;
    }

    /** The id the generated record {@code index} has. */
    public String generatedId(long index) {
        return SalesforceIds.of(type.keyPrefix(), pod, FIRST_NUMBER + index);
    }

    public long generatedCount() {
        return generatedCount;
    }

    /** The live or deleted row with this id, if the id belongs to this table. */
    public Optional<Row> find(String id) {
        return SalesforceIds.normalise(id)
                .filter(n -> SalesforceIds.keyPrefix(n).equals(type.keyPrefix()) && SalesforceIds.pod(n).equals(pod))
                .flatMap(n -> row(SalesforceIds.number(n)));
    }

    /** The row with this record number, deleted or not. */
    public Optional<Row> row(long number) {
        Object[] values = written.get(number);
        if (values != null) {
            return values == Purged.VALUES ? Optional.empty() : Optional.of(new Row(type, number, values));
        }
        long index = number - FIRST_NUMBER;
        if (index >= 0 && index < generatedCount) {
            return Optional.of(new Row(type, number, generator.generate(index, generatedId(index))));
        }
        return Optional.empty();
    }

    public boolean isDeleted(long number) {
        return deletedAt.containsKey(number);
    }

    /** Deleted record numbers with their deletion time, in record-number order. */
    public Map<Long, Instant> deletions() {
        return deletedAt;
    }

    /** Stores a new row; {@code values[0]} is replaced by the new id. */
    public Row insert(Object[] values) {
        long number = nextNumber.getAndIncrement();
        values[Row.ID_INDEX] = SalesforceIds.of(type.keyPrefix(), pod, number);
        remember(number);
        store(number, values, null);
        return new Row(type, number, values);
    }

    /** Replaces the values of an existing row. */
    public void replace(long number, Object[] values) {
        remember(number);
        store(number, values, deletedAt.get(number));
    }

    public void markDeleted(long number, Object[] valuesWithDeletedFlag, Instant when) {
        remember(number);
        store(number, valuesWithDeletedFlag, when);
    }

    /** Removes a row for good (hard delete): it is no longer visible even to queryAll. */
    public void purge(long number) {
        remember(number);
        store(number, Purged.VALUES, null);
    }

    /** Lets an open {@link Transaction} restore this row's current state. */
    private void remember(long number) {
        Object[] previous = written.get(number);
        Instant previousDeletion = deletedAt.get(number);
        Transaction.recordUndo(() -> store(number, previous, previousDeletion));
    }

    /** The one place rows change: {@code values} null drops the written copy, {@code deletion} null means live. */
    private synchronized void store(long number, Object[] values, Instant deletion) {
        indexLiveRow(number, false);
        if (values == null) {
            written.remove(number);
        } else {
            written.put(number, values);
        }
        if (deletion == null) {
            deletedAt.remove(number);
        } else {
            deletedAt.put(number, deletion);
        }
        indexLiveRow(number, true);
    }

    /**
     * Numbers of the live rows whose {@code field} equals {@code value} (text case-insensitively), in id order. The
     * field's index is built by one scan on first use and kept current by every write afterwards.
     */
    public synchronized List<Long> lookup(FieldDef field, Object value) {
        Map<Object, Set<Long>> index = indexes.get(field.index());
        if (index == null) {
            index = new HashMap<>();
            for (Iterator<Row> rows = scan(false); rows.hasNext();) {
                Row row = rows.next();
                Object key = indexKey(row.get(field));
                if (key != null) {
                    index.computeIfAbsent(key, k -> new TreeSet<>()).add(row.number());
                }
            }
            indexes.put(field.index(), index);
        }
        Set<Long> numbers = index.get(indexKey(value));
        return numbers == null ? List.of() : List.copyOf(numbers);
    }

    private void indexLiveRow(long number, boolean add) {
        if (indexes.isEmpty() || deletedAt.containsKey(number)) {
            return;
        }
        Optional<Row> row = row(number);
        if (row.isEmpty()) {
            return;
        }
        for (Map.Entry<Integer, Map<Object, Set<Long>>> index : indexes.entrySet()) {
            Object key = indexKey(row.get().values()[index.getKey()]);
            if (key == null) {
                continue;
            }
            if (add) {
                index.getValue().computeIfAbsent(key, k -> new TreeSet<>()).add(number);
            } else {
                Set<Long> numbers = index.getValue().get(key);
                if (numbers != null) {
                    numbers.remove(number);
                }
            }
        }
    }

    private static Object indexKey(Object value) {
        return value instanceof String text ? text.toLowerCase(java.util.Locale.ROOT) : value;
    }

    /** Iterates rows in id order; deleted rows only if {@code includeDeleted}. Weakly consistent. */
    public Iterator<Row> scan(boolean includeDeleted) {
        return new Scan(includeDeleted);
    }

    /** Marker for hard-deleted rows. */
    private static final class Purged {
        static final Object[] VALUES = new Object[0];
    }

    private final class Scan implements Iterator<Row> {
        private final boolean includeDeleted;
        private final Iterator<Map.Entry<Long, Object[]>> inserted;
        private long index;
        private Row next;

        Scan(boolean includeDeleted) {
            this.includeDeleted = includeDeleted;
            this.inserted = written.tailMap(FIRST_NUMBER + generatedCount).entrySet().iterator();
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (index < generatedCount) {
                    long number = FIRST_NUMBER + index;
                    long current = index++;
                    Object[] values = written.isEmpty() ? null : written.get(number);
                    if (values == null) {
                        values = generator.generate(current, generatedId(current));
                    }
                    offer(number, values);
                } else if (inserted.hasNext()) {
                    Map.Entry<Long, Object[]> entry = inserted.next();
                    offer(entry.getKey(), entry.getValue());
                } else {
                    return false;
                }
            }
            return true;
        }

        private void offer(long number, Object[] values) {
            if (values == Purged.VALUES || (!includeDeleted && !deletedAt.isEmpty() && deletedAt.containsKey(number))) {
                return;
            }
            next = new Row(type, number, values);
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row row = next;
            next = null;
            return row;
        }
    }
}
