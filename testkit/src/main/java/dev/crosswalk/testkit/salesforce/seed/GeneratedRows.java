package dev.crosswalk.testkit.salesforce.seed;

import dev.crosswalk.testkit.salesforce.data.AuditFields;
import dev.crosswalk.testkit.salesforce.data.ObjectDef;
import dev.crosswalk.testkit.salesforce.data.Row;
import dev.crosswalk.testkit.salesforce.data.SplitMix;
import java.time.Instant;

/**
 * What every generator of an object shares: its field slots, resolved once, and the start of each generated row, its
 * id and the audit history drawn from the row's own random sequence. Immutable and thread-safe.
 */
final class GeneratedRows {

    private final ObjectDef type;
    private final AuditFields audit;
    private final long seed;
    private final long salt;
    private final String ownerId;
    private final Instant anchor;

    /** @param salt sets this object's random sequences apart from other objects' with the same seed and index */
    GeneratedRows(ObjectDef type, long seed, long salt, String ownerId, Instant anchor) {
        this.type = type;
        this.audit = AuditFields.of(type);
        this.seed = seed;
        this.salt = salt;
        this.ownerId = ownerId;
        this.anchor = anchor;
    }

    /** The slot of a field the schema must have. */
    int slot(String field) {
        return type.requiredField(field).index();
    }

    /** The instant generated history ends at; generated dates are drawn around it. */
    Instant anchor() {
        return anchor;
    }

    /** The random sequence of record {@code index}: the same on every call. */
    SplitMix random(long index) {
        return new SplitMix(seed, salt, index);
    }

    /** A new row holding {@code id} and audit stamps drawn next from {@code random}; the caller fills the rest. */
    Object[] newRow(String id, SplitMix random) {
        Object[] values = new Object[type.fieldCount()];
        values[Row.ID_INDEX] = id;
        audit.stampGenerated(values, random, ownerId, anchor);
        return values;
    }
}
